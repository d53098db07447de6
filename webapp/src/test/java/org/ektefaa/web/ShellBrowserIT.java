package org.ektefaa.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The shell as people meet it, in a real Chromium: sign in in Arabic (right to left), the forced password
 * change, the dashboard, English (left to right) remembered for the next sign-in, sign-out; and what the
 * server sends to anyone: security headers, cookie flags, translated error pages without a server name.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ShellBrowserIT {

    private static final String NEW_ADMIN_PASSWORD = "olive tree by the old well";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void signInInArabicChangePasswordSwitchToEnglishAndSignOut() throws Exception {
        try (Browser browser = new Browser(1280, 800)) {
            browser.open(base + "index.xhtml");
            browser.find(By.id("login:username"));
            assertThat(browser.driver().getCurrentUrl()).contains("/login.xhtml");
            assertThat(browser.htmlAttribute("dir")).isEqualTo("rtl");
            assertThat(browser.htmlAttribute("lang")).isEqualTo("ar");
            assertThat(browser.find(By.id("associationName")).getText()).isEqualTo(storedArabicName());
            browser.screenshot("01-login-ar");

            browser.type(By.id("login:username"), "admin");
            browser.type(By.id("login:password"), "not the password");
            browser.submit(By.id("login:submit"));
            assertThat(browser.find(By.id("login:messages")).getText())
                    .contains("اسم المستخدم أو كلمة المرور غير صحيحة");

            browser.type(By.id("login:username"), "admin");
            browser.type(By.id("login:password"), System.getProperty("ektefaa.test.admin.password"));
            browser.submit(By.id("login:submit"));
            // A temporary password leads to the password page, whatever page is asked for.
            assertThat(browser.driver().getCurrentUrl()).contains("/account/password.xhtml");
            browser.open(base + "admin/users.xhtml");
            assertThat(browser.driver().getCurrentUrl()).contains("/account/password.xhtml");
            browser.screenshot("02-forced-password-change-ar");

            browser.type(By.id("password:current"), System.getProperty("ektefaa.test.admin.password"));
            browser.type(By.id("password:chosen"), NEW_ADMIN_PASSWORD);
            browser.type(By.id("password:confirmation"), NEW_ADMIN_PASSWORD);
            browser.submit(By.id("password:submit"));
            assertThat(browser.driver().getCurrentUrl()).contains("/index.xhtml");
            assertThat(browser.htmlAttribute("dir")).isEqualTo("rtl");
            assertThat(browser.find(By.cssSelector(".shell-nav")).getText()).contains("المستخدمون", "ملف الجمعية");
            assertThat(browser.find(By.cssSelector(".dashboard")).getText()).contains("حسابي", "مدير النظام");
            browser.screenshot("03-dashboard-ar");

            // The administrator's pages render in Arabic; a new account gets a temporary password once.
            browser.open(base + "admin/users.xhtml");
            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("المستخدمون");
            browser.type(By.id("users:username"), "board.member");
            browser.type(By.id("users:displayName"), "عضو المجلس");
            browser.find(By.xpath("//label[contains(., 'عضو مجلس الإدارة')]")).click();
            browser.find(By.id("users:save")).click();
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
                    .until(org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated(By.id("temporaryPassword")));
            assertThat(browser.find(By.id("temporaryPassword")).getText()).hasSize(16);
            assertThat(browser.find(By.id("users:table")).getText()).contains("board.member", "عضو مجلس الإدارة");
            browser.screenshot("06-users-ar");
            browser.open(base + "admin/settings.xhtml");
            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("ملف الجمعية");
            assertThat(browser.find(By.id("settings:decisionDays")).getAttribute("value")).matches("\\d+");
            browser.open(base + "admin/outbox.xhtml");
            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("الرسائل إلى المستفيدين");
            // the tests have no SMS gateway (their mail server is GreenMail): the page says SMS wait, and what to set
            assertThat(browser.find(By.cssSelector(".unconfigured")).getText()).contains("الرسائل النصية", "EKTEFAA_SMS_URL")
                    .doesNotContain("EKTEFAA_MAIL_HOST");
            browser.open(base + "index.xhtml");

            browser.submit(By.id("shellForm:switchLanguage"));
            assertThat(browser.htmlAttribute("dir")).isEqualTo("ltr");
            assertThat(browser.htmlAttribute("lang")).isEqualTo("en");
            assertThat(browser.find(By.cssSelector(".shell-nav")).getText()).contains("Users", "Association profile");
            browser.screenshot("04-dashboard-en");

            browser.submit(By.id("shellForm:signOut"));
            assertThat(browser.driver().getCurrentUrl()).contains("/login.xhtml");
            assertThat(browser.htmlAttribute("dir")).isEqualTo("ltr");
            browser.open(base + "index.xhtml");
            assertThat(browser.driver().getCurrentUrl()).contains("/login.xhtml");
            browser.screenshot("05-signed-out-en");
        }
        // A new browser, a new session: Arabic by default, English again once the admin signs in.
        try (Browser browser = new Browser(1280, 800)) {
            browser.open(base + "login.xhtml");
            assertThat(browser.htmlAttribute("dir")).isEqualTo("rtl");
            browser.type(By.id("login:username"), "admin");
            browser.type(By.id("login:password"), NEW_ADMIN_PASSWORD);
            browser.submit(By.id("login:submit"));
            assertThat(browser.driver().getCurrentUrl()).contains("/index.xhtml");
            assertThat(browser.htmlAttribute("dir")).isEqualTo("ltr");
            assertThat(browser.htmlAttribute("lang")).isEqualTo("en");
        }
    }

    @Test
    void theAdministrationIsClosedToOtherRoles() throws Exception {
        // Without signing in: sent to the sign-in page.
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> anonymous = client.send(HttpRequest.newBuilder(base.toURI().resolve("admin/users.xhtml"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location").orElseThrow()).contains("/login.xhtml");
    }

    @Test
    void everyResponseCarriesSecurityHeadersAndASafeSessionCookie() throws Exception {
        HttpResponse<String> login = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(base.toURI().resolve("login.xhtml")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.headers().allValues("Content-Security-Policy"))
                .anyMatch(v -> v.contains("frame-ancestors 'none'"))
                .anyMatch(v -> v.contains("script-src 'self' 'unsafe-inline';") && v.contains("object-src 'none'"));
        assertThat(login.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(login.headers().firstValue("Referrer-Policy")).contains("same-origin");
        assertThat(login.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(login.headers().firstValue("Server")).isEmpty();
        assertThat(login.headers().firstValue("X-Powered-By")).isEmpty();
        String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID"))
                .findFirst().orElseThrow();
        assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
    }

    @Test
    void errorPagesAreTranslatedAndNameNoServer() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> arabic = client.send(HttpRequest.newBuilder(
                base.toURI().resolve("error/404.xhtml")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(arabic.body()).contains("الصفحة غير موجودة").contains("dir=\"rtl\"");

        HttpResponse<String> missing = client.send(HttpRequest.newBuilder(
                base.toURI().resolve("public/no-such-page.xhtml?lang=en")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("Page not found").doesNotContainIgnoringCase("payara")
                .doesNotContainIgnoringCase("glassfish").doesNotContain(".java:").doesNotContain("\tat ");
    }

    @Test
    void aPageWhoseViewHasExpiredSaysSoAndOffersAWayBack() throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        client.send(HttpRequest.newBuilder(base.toURI().resolve("login.xhtml")).build(), HttpResponse.BodyHandlers.ofString());
        String form = "login=login&login%3Ausername=admin&login%3Apassword=x&login%3Asubmit="
                + "&jakarta.faces.ViewState=-1234%3A5678";
        HttpResponse<String> expired = client.send(HttpRequest.newBuilder(base.toURI().resolve("login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(expired.body()).contains("انتهت صلاحية الصفحة").doesNotContain(".java:")
                .doesNotContainIgnoringCase("payara");
    }

    /**
     * Several staff signed in at once keep their roles on every page: with the server's own form mechanism
     * (payara/Payara#6145) a signed-in officer got "403 forbidden" now and then under such load.
     */
    @Test
    void manyStaffSignedInAtOnceAreNeverRefusedTheirOwnPages() throws Exception {
        int people = 8;
        for (int i = 1; i <= people; i++) {
            TestAccounts.ensure("concurrent.officer" + i, "many hands at the reception desk", "RELATIONS_OFFICER");
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(people);
        java.util.List<java.util.concurrent.Future<java.util.List<Integer>>> runs = new java.util.ArrayList<>();
        for (int i = 1; i <= people; i++) {
            String user = "concurrent.officer" + i;
            runs.add(pool.submit(() -> {
                HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                        .followRedirects(HttpClient.Redirect.NORMAL).build();
                String page = client.send(HttpRequest.newBuilder(base.toURI().resolve("login.xhtml")).build(),
                        HttpResponse.BodyHandlers.ofString()).body();
                java.util.regex.Matcher state = java.util.regex.Pattern
                        .compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page);
                assertThat(state.find()).isTrue();
                String form = "login=login&login%3Ausername=" + user + "&login%3Apassword=many+hands+at+the+reception+desk"
                        + "&login%3Asubmit=&jakarta.faces.ViewState=" + java.net.URLEncoder.encode(state.group(1), "UTF-8");
                HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(base.toURI().resolve("login.xhtml"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
                java.util.List<Integer> statuses = new java.util.ArrayList<>(java.util.List.of(signedIn.statusCode()));
                for (int n = 0; n < 25; n++) {
                    for (String protectedPage : new String[] {"requests/list.xhtml", "beneficiaries/search.xhtml", "index.xhtml"}) {
                        statuses.add(client.send(HttpRequest.newBuilder(base.toURI().resolve(protectedPage)).build(),
                                HttpResponse.BodyHandlers.discarding()).statusCode());
                    }
                }
                return statuses;
            }));
        }
        java.util.List<Integer> all = new java.util.ArrayList<>();
        for (java.util.concurrent.Future<java.util.List<Integer>> run : runs) {
            all.addAll(run.get());
        }
        pool.shutdown();
        assertThat(all).hasSize(people * 76).containsOnly(200);
    }

    private static String storedArabicName() throws Exception {
        try (Connection c = DriverManager.getConnection(System.getProperty("ektefaa.test.db.url"),
                System.getProperty("ektefaa.test.db.user"), System.getProperty("ektefaa.test.db.password"));
             ResultSet rs = c.createStatement().executeQuery("select name_ar from plt_association_profile")) {
            rs.next();
            return rs.getString(1);
        }
    }

}
