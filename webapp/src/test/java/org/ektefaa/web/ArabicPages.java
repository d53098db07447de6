package org.ektefaa.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.ektefaa.platform.control.DemoData;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Every page of every demo account and every public page, opened in Arabic in Chromium and scanned for left-to-right
 * runs the bidirectional algorithm would reorder ({@link Browser#unisolatedRuns}), then in English; a screenshot of
 * each is kept in both languages at 1366 and 360 px ({@code target/screenshots/ar-*}, {@code en-*}). Client side
 * only: {@link DemoDataIT} calls it once the demo data is loaded.
 */
final class ArabicPages {

    /** The pages each demo account opens, beside its menu (a file, a request: pages reached from a list). */
    private static final Map<String, List<String>> REACHED = Map.of(
            "demo.reception", List.of("beneficiaries/file.xhtml?id=%FILE%", "requests/request.xhtml?id=%REQUEST%"),
            "demo.executive", List.of("beneficiaries/file.xhtml?id=%FILE%", "requests/request.xhtml?id=%REQUEST%"));

    private static final String[] PUBLIC = {"", "public/policy.xhtml", "public/privacy.xhtml", "public/status.xhtml",
        "public/request.xhtml", "public/volunteer.xhtml", "login.xhtml"};

    private ArabicPages() {
    }

    /**
     * What reads wrong, as "page: problem ‹ text ›"; empty when every page reads in order. Each page is read in Arabic
     * (at 1366 px, then photographed at 360 px as on a phone) and again in English, signed in again with {@code
     * ?lang=en}: screenshots {@code target/screenshots/<ar|en>-<account>-<page>[-360].png}.
     */
    static List<String> unisolatedRuns(URL base, String file, String request) {
        List<String> problems = new ArrayList<>();
        try (Browser browser = new Browser(WIDE, HIGH)) {
            for (String language : List.of("ar", "en")) {
                browser.driver().manage().deleteAllCookies();
                for (String page : PUBLIC) {
                    scan(browser, base + page + "?lang=" + language, language,
                            "public-" + (page.isEmpty() ? "home" : name(page)), problems);
                }
                for (String account : new TreeSet<>(DemoData.ACCOUNTS.keySet())) {
                    browser.driver().manage().deleteAllCookies();
                    browser.open(base + "login.xhtml?lang=" + language);
                    browser.type(By.id("login:username"), account);
                    browser.type(By.id("login:password"), DemoData.PASSWORD);
                    browser.submit(By.id("login:submit"));
                    List<String> pages = new ArrayList<>();
                    for (WebElement link : browser.driver()
                            .findElements(By.cssSelector(".shell-nav a[href]"))) {
                        pages.add(link.getAttribute("href"));
                    }
                    for (String reached : REACHED.getOrDefault(account, List.of())) {
                        pages.add(base + reached.replace("%FILE%", file).replace("%REQUEST%", request));
                    }
                    assertThat(pages).as(account + "'s pages").isNotEmpty();
                    for (String page : pages) {
                        scan(browser, page, language, account.substring(5) + "-" + name(page), problems);
                    }
                }
            }
        }
        return problems;
    }

    private static final int WIDE = 1366;
    private static final int HIGH = 900;

    /**
     * The page, and each of its tabs in turn (a tab's content is visible, and scanned, only once chosen); in Arabic
     * for runs and digits, in both languages for codes and missing texts.
     */
    private static void scan(Browser browser, String url, String language, String shot, List<String> problems) {
        browser.open(url);
        assertThat(browser.htmlAttribute("lang")).as(url).isEqualTo(language);
        assertThat(browser.htmlAttribute("dir")).as(url).isEqualTo("ar".equals(language) ? "rtl" : "ltr");
        browser.screenshot(language + "-" + shot);
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(360, 780));
        browser.fullPage(language + "-" + shot + "-360");
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(WIDE, HIGH));
        String page = url.replaceFirst("^https?://[^/]+/", "/");
        java.util.Set<String> found = new java.util.LinkedHashSet<>();
        found.addAll(read(browser, language));
        int tabs = browser.driver().findElements(By.cssSelector(".ui-tabs-nav > li > a")).size();
        for (int i = 1; i < tabs; i++) {
            browser.driver().findElements(By.cssSelector(".ui-tabs-nav > li > a")).get(i).click();
            found.addAll(read(browser, language));
        }
        // the form's controls and links never overlap one another (the reports form did, issue #22)
        browser.overlapping(".card label, .card .ui-selectonemenu, .card .ui-datepicker, .card .ui-inputfield, "
                + ".card .ui-button, .card .export-link").forEach(pair -> found.add("overlapping ‹ " + pair + " ›"));
        found.forEach(run -> problems.add(language + " " + page + ": " + run));
    }

    /**
     * What reads wrong: in Arabic, runs that would be reordered and digits not in the profile's style (Latin by
     * default); in both, a coded value shown as its code and a text missing from the bundles.
     */
    private static List<String> read(Browser browser, String language) {
        List<String> wrong = new ArrayList<>();
        if ("ar".equals(language)) {
            wrong.addAll(browser.unisolatedRuns());
            browser.textsWithDigits("arabic-indic", false).forEach(text -> wrong.add("Arabic-Indic digits ‹ " + text + " ›"));
        }
        // a coded value shown as its code (FOOD_BASKET, IN_SERVICE) instead of its name; codes shown as codes, on
        // the pages where administrators keep them, are marked left to right
        browser.textsMatching("\\b[A-Z]{2,}_[A-Z_]{2,}\\b", true).forEach(text -> wrong.add("a code ‹ " + text + " ›"));
        // a text the bundles lack (Faces writes its key between question marks)
        browser.textsMatching("\\?\\?\\?", false).forEach(text -> wrong.add("a missing text ‹ " + text + " ›"));
        return wrong;
    }

    /**
     * With the profile set to Arabic-Indic digits by an administrator on the settings page, an Arabic page writes its
     * counts and dates in them and keeps its codes (tracking numbers) in Latin digits; set back to Latin afterwards.
     * Returns what the request list showed in each: {counts and dates, tracking numbers}.
     */
    static List<String> arabicIndicDigits(URL base) {
        List<String> wrong = new ArrayList<>();
        try (Browser admin = new Browser(1366, 900)) {
            admin.open(base + "login.xhtml?lang=ar");
            admin.type(By.id("login:username"), "demo.admin");
            admin.type(By.id("login:password"), DemoData.PASSWORD);
            admin.submit(By.id("login:submit"));
            digits(admin, base, "ARABIC_INDIC");
            try {
                admin.open(base + "requests/list.xhtml");
                admin.screenshot("ar-arabic-indic-list");
                List<String> latinOutside = admin.textsWithDigits("latin", true);
                if (!latinOutside.isEmpty()) {
                    wrong.add("Latin digits outside codes with Arabic-Indic chosen: " + latinOutside);
                }
                if (admin.textsWithDigits("arabic-indic", false).isEmpty()) {
                    wrong.add("no Arabic-Indic digit on the request list");
                }
                boolean codesLatin = admin.driver().findElements(By.cssSelector("[id$=':table'] bdi[dir=ltr]")).stream()
                        .map(WebElement::getText).filter(t -> !t.isBlank()).allMatch(t -> t.matches("[0-9-]+"));
                if (!codesLatin) {
                    wrong.add("a tracking number not in Latin digits");
                }
                // what a field holds is written as it is: a text area's placeholders stay {0}, not {٠}
                admin.open(base + "admin/texts.xhtml");
                String arabicText = admin.find(By.cssSelector("textarea[id$=':arabic']")).getAttribute("value");
                if (!arabicText.contains("{0}")) {
                    wrong.add("a text area shaped: " + arabicText);
                }
            } finally {
                digits(admin, base, "LATIN");
            }
        }
        return wrong;
    }

    private static void digits(Browser admin, URL base, String style) {
        admin.open(base + "admin/settings.xhtml");
        admin.find(By.xpath("//input[@name='settings:arabicDigits' and @value='" + style + "']/../../div[contains(@class,'ui-radiobutton-box')]")).click();
        admin.submit(By.id("settings:save"));
        org.assertj.core.api.Assertions.assertThat(admin.find(By.id("messages")).getText()).isNotBlank();
    }

    private static String name(String url) {
        String path = url.replaceFirst("^https?://[^/]+/", "").replaceFirst("\\?.*$", "");
        return path.replace(".xhtml", "").replace('/', '-');
    }

}
