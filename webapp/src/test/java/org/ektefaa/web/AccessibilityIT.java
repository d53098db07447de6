package org.ektefaa.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Every public and staff page, in Arabic and in English, checked with axe-core (WCAG 2 A and AA rules) in
 * Chromium: no serious or critical violation.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessibilityIT {

    private static final String ADMIN = "access.admin";
    private static final String PASSWORD = "every page for every person";

    private static final String[] PUBLIC = {"", "public/policy.xhtml", "public/privacy.xhtml", "login.xhtml",
        "public/status.xhtml", "public/request.xhtml",
        "public/survey.xhtml?t=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "public/volunteer.xhtml",
        "public/volunteer-link.xhtml", "public/volunteer-home.xhtml", "public/field-visit.xhtml?id=1"};

    private static final String[] STAFF = {"index.xhtml", "beneficiaries/search.xhtml", "beneficiaries/register.xhtml",
        "beneficiaries/duplicates.xhtml",
        "beneficiaries/categories.xhtml", "beneficiaries/import.xhtml", "eligibility/rules.xhtml", "eligibility/visits.xhtml", "eligibility/renewals.xhtml", "aid/funds.xhtml", "aid/programmes.xhtml", "aid/rounds.xhtml", "aid/collect.xhtml", "requests/intake.xhtml",
        "requests/list.xhtml",
        "requests/decisions.xhtml", "requests/catalogue.xhtml",
        "satisfaction/indicators.xhtml", "satisfaction/tracking.xhtml", "satisfaction/designer.xhtml",
        "satisfaction/kiosk.xhtml", "volunteering/volunteers.xhtml", "volunteering/opportunities.xhtml",
        "volunteering/hours.xhtml", "reporting/reports.xhtml", "reporting/policy.xhtml", "admin/users.xhtml",
        "admin/settings.xhtml", "admin/outbox.xhtml", "admin/policy.xhtml", "admin/texts.xhtml"};

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void noPageHasASeriousOrCriticalViolationInEitherLanguage() throws Exception {
        TestAccounts.ensure(ADMIN, PASSWORD, "ADMIN", "RELATIONS_OFFICER", "EXECUTIVE", "QUALITY_OFFICER",
                "VOLUNTEER_COORDINATOR", "BOARD_MEMBER");
        List<String> problems = new ArrayList<>();
        try (Browser browser = new Browser(1280, 900)) {
            for (String language : new String[] {"ar", "en"}) {
                browser.driver().manage().deleteAllCookies();
                for (String page : PUBLIC) {
                    check(browser, page + (page.contains("?") ? "&" : "?") + "lang=" + language, language, problems);
                }
            }
            browser.driver().manage().deleteAllCookies();
            browser.open(base + "login.xhtml?lang=ar");
            browser.type(By.id("login:username"), ADMIN);
            browser.type(By.id("login:password"), PASSWORD);
            browser.submit(By.id("login:submit"));
            for (String page : STAFF) {
                check(browser, page, "ar", problems);
            }
            browser.submit(By.cssSelector("[id$='switchLanguage']"));
            for (String page : STAFF) {
                check(browser, page, "en", problems);
            }
        }
        assertThat(problems).as("serious or critical accessibility violations").isEmpty();
    }

    private void check(Browser browser, String page, String language, List<String> problems) {
        browser.open(base + page);
        assertThat(browser.htmlAttribute("lang")).as(page).isEqualTo(language);
        if (page.equals("admin/outbox.xhtml")) {
            browser.screenshot("60-outbox-" + language);
        }
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(browser.driver());
        for (Rule rule : results.getViolations()) {
            if ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())) {
                problems.add(page + " [" + language + "] " + rule.getId() + " (" + rule.getImpact() + "): "
                        + rule.getNodes().stream().limit(3).map(n -> String.valueOf(n.getTarget())).toList());
            }
        }
    }
}
