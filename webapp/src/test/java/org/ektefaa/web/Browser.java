package org.ektefaa.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The system's Chromium, driven headless through the system's chromedriver (nothing is downloaded),
 * with a fresh profile, and screenshots kept under {@code target/screenshots}.
 */
final class Browser implements AutoCloseable {

    private final WebDriver driver;
    private final Path profile;
    private final Path screenshots;

    Browser(int width, int height) {
        try {
            profile = Files.createTempDirectory("ektefaa-chromium");
            screenshots = Path.of(System.getProperty("ektefaa.screenshots", "target/screenshots"));
            Files.createDirectories(screenshots);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("ektefaa.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--lang=ar", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("ektefaa.chromedriver", "/usr/bin/chromedriver")).toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(width, height));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    WebDriver driver() {
        return driver;
    }

    void open(String url) {
        driver.get(url);
        loaded();
    }

    WebElement find(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** Clicks something that submits the page and waits for the next page to load. */
    void submit(By by) {
        WebElement old = driver.findElement(By.tagName("html"));
        for (int attempt = 1; ; attempt++) {
            try {
                find(by).click();
                break;
            } catch (org.openqa.selenium.WebDriverException e) {
                if (attempt == 3 || e instanceof org.openqa.selenium.TimeoutException) {
                    throw e;
                }
            }
        }
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> isGone(old));
        loaded();
    }

    /** Waits until the page {@code old} belonged to has been replaced by the next one, and that one has loaded. */
    void replaced(WebElement old) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> isGone(old));
        loaded();
    }

    /**
     * Whether the page {@code element} belonged to has been replaced. Chromium sometimes reports a node of
     * the old document as "does not belong to the document" instead of stale: both mean gone.
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.WebDriverException gone) {
            return true;
        }
    }

    /** Waits until the page has finished loading and PrimeFaces has set up its widgets. */
    void loaded() {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> "complete".equals(
                ((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /** Types into a field; found again if the page replaced it meanwhile (Chromium reports a detached node). */
    void type(By by, String text) {
        for (int attempt = 1; ; attempt++) {
            try {
                WebElement field = find(by);
                field.clear();
                field.sendKeys(text);
                return;
            } catch (org.openqa.selenium.WebDriverException e) {
                if (attempt == 3 || e instanceof org.openqa.selenium.TimeoutException) {
                    throw e;
                }
            }
        }
    }

    /** Types a date into a PrimeFaces date picker (its calendar opens only from its button) and leaves the field. */
    void date(String id, String text) {
        // typed again while the field does not hold the date: on a loaded machine the picker's own script, opening as
        // the field takes focus, has been seen to take keys (the clean-clone CI of 2026-12-07: a visit's due date lost)
        for (int attempt = 0; attempt < 3; attempt++) {
            WebElement input = find(By.id(id + "_input"));
            input.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), org.openqa.selenium.Keys.DELETE);
            input.sendKeys(text);
            driver.findElement(By.id(id + "_input")).sendKeys(org.openqa.selenium.Keys.TAB);
            if (!panelClosed(id)) {
                // the picker's panel still open after leaving the field (seen under load, 2026-12-07): closed with
                // Escape as a person would, then the field is checked and typed again if need be
                driver.findElement(By.id(id + "_input")).sendKeys(org.openqa.selenium.Keys.ESCAPE);
                if (!panelClosed(id)) {
                    continue;
                }
            }
            if (text.equals(driver.findElement(By.id(id + "_input")).getAttribute("value"))) {
                return;
            }
        }
        // text the picker does not take as a date (a test of bad input) stays as the field shows it
    }

    private boolean panelClosed(String id) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(8))
                    .until(ExpectedConditions.invisibilityOfElementLocated(By.id(id + "_panel")));
            return true;
        } catch (org.openqa.selenium.TimeoutException stillOpen) {
            return false;
        }
    }

    /** Picks {@code label} in a PrimeFaces menu the way a person does; retried while the panel is still opening. */
    void choose(String menuId, String label) throws InterruptedException {
        By item = By.cssSelector("[id='" + menuId + "_panel'] li[data-label=\"" + label + "\"]");
        for (int attempt = 0; attempt < 4; attempt++) {
            find(By.id(menuId)).click();
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(item));
            Thread.sleep(300); // the panel slides open
            driver.findElement(item).click();
            try {
                new WebDriverWait(driver, Duration.ofSeconds(3)).until(
                        ExpectedConditions.textToBePresentInElementLocated(By.id(menuId + "_label"), label));
                return;
            } catch (org.openqa.selenium.TimeoutException notYet) {
                // try again
            }
        }
        throw new AssertionError("could not choose " + label + " in " + menuId);
    }

    /**
     * The serious or critical accessibility problems axe-core finds on the page (WCAG 2.1 A and AA), by rule id,
     * leaving out the elements matched by {@code excluded} (CSS selectors).
     */
    java.util.List<String> seriousAccessibilityProblems(String... excluded) {
        com.deque.html.axecore.selenium.AxeBuilder builder = new com.deque.html.axecore.selenium.AxeBuilder()
                .withTags(java.util.List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"));
        for (String selector : excluded) {
            builder.exclude(selector);
        }
        return builder.analyze(driver).getViolations().stream()
                .filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact()))
                .map(com.deque.html.axecore.results.Rule::getId).toList();
    }

    /**
     * What on this page a person on a narrow phone could not use: a page wider than the screen (horizontal
     * scrolling), or a visible field, button or link that sticks out of it (but for one in a strip that scrolls sideways, as the
     * phone's menu does). Empty when the page fits.
     */
    java.util.List<String> outsideTheScreen() {
        Object found = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "const out = [];"
                + "if (document.documentElement.scrollWidth > window.innerWidth) out.push('page ' + document.documentElement.scrollWidth + 'px');"
                + "document.querySelectorAll('input:not([type=hidden]), select, textarea, button, a[href], .ui-selectonemenu, .ui-radiobutton-box')"
                + ".forEach(e => { const r = e.getBoundingClientRect(); const s = getComputedStyle(e);"
                + "  if (r.width === 0 || r.height === 0 || s.visibility === 'hidden' || e.closest('[aria-hidden=true]')) return;"
                + "  if (e.offsetParent === null && s.position !== 'fixed') return;"
                // inside a strip that scrolls sideways (the phone's menu): reached by scrolling it, not cut off
                + "  for (let p = e.parentElement; p; p = p.parentElement) { const o = getComputedStyle(p).overflowX;"
                + "    if (o === 'auto' || o === 'scroll') return; }"
                + "  if (r.left < -1 || r.right > window.innerWidth + 1) out.push((e.id || e.name || e.tagName) + ' ' + Math.round(r.left) + '..' + Math.round(r.right)); });"
                + "return out;");
        return ((java.util.List<?>) found).stream().map(String::valueOf).toList();
    }

    /**
     * What on this right-to-left page the bidirectional algorithm would reorder (issue #22): a run of numbers joined
     * by a hyphen, a dash or a plus (a tracking number, a date, a reference, a range), a sign before a number
     * ({@code §4}, {@code +966…}) or an e-mail address, in visible text that is neither inside a left-to-right element
     * ({@code <bdi dir="ltr">}, {@code dir="ltr"}) nor between Unicode isolates. Each as "the run ‹ in its text ›".
     * The same runs as {@code platform.api.saudi.Bidi.REORDERED}.
     */
    java.util.List<String> unisolatedRuns() {
        Object found = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "const D = '[0-9\\u0660-\\u0669\\u06F0-\\u06F9]';"
                + "const N = D + '+(?:[.,]' + D + '+)*';"
                + "const run = new RegExp('[A-Za-z][A-Za-z0-9+.-]*://\\\\S+|[\\\\p{L}\\\\p{N}._%+-]+@[\\\\p{L}\\\\p{N}.-]+\\\\.[A-Za-z]{2,}'"
                + " + '|(?<![A-Za-z0-9_])(?:(?:[§#+\\\\-\\u2212]\\\\s?)?' + N + '(?:\\\\s?[-+\\u2013]\\\\s?' + N + ')+'"
                + " + '|[§#+\\\\-\\u2212]\\\\s?' + N + ')(?![A-Za-z0-9_])', 'gu');"
                + "const out = []; const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);"
                + "for (let n = walk.nextNode(); n; n = walk.nextNode()) {"
                + "  const e = n.parentElement; if (!e || e.closest('script,style,noscript,textarea,bdi,[dir=ltr]')) continue;"
                + "  if (!e.getClientRects().length || getComputedStyle(e).visibility === 'hidden') continue;"
                + "  const text = n.data.replace(/[\\u2066-\\u2068][^\\u2069]*\\u2069/g, ' ');"
                + "  for (const m of text.matchAll(run)) { if (/^[A-Za-z][A-Za-z0-9+.-]*:\\/\\//.test(m[0])) continue;"
                + "    out.push(m[0] + ' \\u2039 ' + n.data.trim().substring(0, 80) + ' \\u203a'); } }"
                + "return out;");
        return ((java.util.List<?>) found).stream().map(String::valueOf).toList();
    }

    /**
     * The visible texts of this page written with digits of {@code style}: {@code "latin"} (0-9) or
     * {@code "arabic-indic"} (٠-٩), each as "the text" (issue #22: one style of digits on a page). With {@code outsideLtr},
     * only text outside {@code dir="ltr"} elements and {@code <bdi>}.
     */
    java.util.List<String> textsWithDigits(String style, boolean outsideLtr) {
        return textsMatching(style.equals("latin") ? "[0-9]" : "[\\u0660-\\u0669]", outsideLtr);
    }

    /**
     * The visible texts of this page in which the JavaScript regular expression {@code pattern} finds something (with
     * {@code outsideLtr}, only outside {@code dir="ltr"} elements and {@code <bdi>}).
     */
    java.util.List<String> textsMatching(String pattern, boolean outsideLtr) {
        Object found = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "const digits = new RegExp(arguments[0]); const out = [];"
                + "const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);"
                + "for (let n = walk.nextNode(); n; n = walk.nextNode()) {"
                + "  const e = n.parentElement; if (!e || e.closest('script,style,noscript,textarea')) continue;"
                + "  if (arguments[1] && e.closest('bdi,[dir=ltr]')) continue;"
                + "  if (!e.getClientRects().length || getComputedStyle(e).visibility === 'hidden') continue;"
                + "  if (digits.test(n.data)) out.push(n.data.trim().substring(0, 80)); }"
                + "return out;", pattern, outsideLtr);
        return ((java.util.List<?>) found).stream().map(String::valueOf).toList();
    }

    /**
     * The pairs of visible elements matching {@code css} that overlap on screen (neither inside the other), each as
     * "id/text × id/text": a drop-down over its neighbour, a link over a link.
     */
    java.util.List<String> overlapping(String css) {
        Object found = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "const es = [...document.querySelectorAll(arguments[0])].filter(e => e.getClientRects().length"
                + "  && getComputedStyle(e).visibility !== 'hidden'); const out = [];"
                + "const name = e => (e.id || e.textContent.trim().substring(0, 30));"
                + "for (let i = 0; i < es.length; i++) for (let j = i + 1; j < es.length; j++) {"
                + "  const a = es[i], b = es[j]; if (a.contains(b) || b.contains(a)) continue;"
                + "  const r = a.getBoundingClientRect(), s = b.getBoundingClientRect();"
                + "  if (r.left < s.right - 1 && s.left < r.right - 1 && r.top < s.bottom - 1 && s.top < r.bottom - 1)"
                + "    out.push(name(a) + ' × ' + name(b)); }"
                + "return out;", css);
        return ((java.util.List<?>) found).stream().map(String::valueOf).toList();
    }

    /**
     * A row of a paged table, on the page shown or else on the last page (where the most recent rows of a queue
     * sorted by due date are).
     */
    WebElement rowOnSomePage(By row) {
        if (driver.findElements(row).isEmpty()) {
            List<WebElement> last = driver.findElements(By.cssSelector(".ui-paginator-last:not(.ui-state-disabled)"));
            if (!last.isEmpty()) {
                last.get(0).click();
            }
        }
        return find(row);
    }

    /** The id of the element that has the keyboard focus. */
    String focused() {
        return driver.switchTo().activeElement().getAttribute("id");
    }

    /** Presses keys on whatever has the focus, as a keyboard user does. */
    void press(CharSequence... keys) {
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(keys).perform();
    }

    String htmlAttribute(String name) {
        return driver.findElement(By.tagName("html")).getAttribute(name);
    }

    void screenshot(String name) {
        try {
            Files.write(screenshots.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The whole page, not only what the window shows (Chromium's DevTools capture), at most 8,000 px high. */
    void fullPage(String name) {
        Object size = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "return [document.documentElement.scrollWidth, document.documentElement.scrollHeight];");
        java.util.List<?> wh = (java.util.List<?>) size;
        long width = ((Number) wh.get(0)).longValue();
        long height = Math.min(8000, ((Number) wh.get(1)).longValue());
        java.util.Map<String, Object> shot = ((ChromeDriver) driver).executeCdpCommand("Page.captureScreenshot",
                java.util.Map.of("format", "png", "captureBeyondViewport", true,
                        "clip", java.util.Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        try {
            Files.write(screenshots.resolve(name + ".png"), java.util.Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Files this browser downloads land in {@code folder} (Chromium's DevTools download behaviour). */
    void downloadsTo(Path folder) {
        ((ChromeDriver) driver).executeCdpCommand("Browser.setDownloadBehavior",
                java.util.Map.of("behavior", "allow", "downloadPath", folder.toAbsolutePath().toString()));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
