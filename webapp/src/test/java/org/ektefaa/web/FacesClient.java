package org.ektefaa.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person's browser without the browser, for tests that need many people at once or exact requests (a replayed
 * post, a forbidden page): its own cookies, the Faces view state of the last page followed into the next post.
 * Redirects are not followed, so that a test sees a refusal or a redirect as it is.
 */
final class FacesClient {

    private static final Pattern VIEW_STATE = Pattern.compile(
            "name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern RADIO = Pattern.compile("<input[^>]*type=\"radio\"[^>]*>");
    private static final Pattern NAME = Pattern.compile("name=\"([^\"]+)\"");
    private static final Pattern VALUE = Pattern.compile("value=\"([^\"]*)\"");

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    private final String base;
    private String viewState;
    private String page = "";
    private String forwardedFor;

    /**
     * @param base the application's address; its host is replaced by 127.0.0.1 (the server listens on every
     *             interface), the address the tests' environment trusts as a reverse proxy
     */
    FacesClient(String base) {
        URI given = URI.create(base.endsWith("/") ? base : base + "/");
        this.base = given.getScheme() + "://127.0.0.1:" + given.getPort() + given.getPath();
        this.http = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** The value of a cookie the server set, or null. */
    String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(java.net.HttpCookie::getValue).findFirst().orElse(null);
    }

    /** Plants a cookie, as an attacker who set it in the victim's browser (or copied it) would. */
    FacesClient withCookie(String name, String value) {
        java.net.HttpCookie cookie = new java.net.HttpCookie(name, value);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(URI.create(base), cookie);
        return this;
    }

    /** Sends a request built by the caller (any method or header), with this client's cookies. */
    HttpResponse<String> send(String path, java.util.function.UnaryOperator<HttpRequest.Builder> request) {
        return send(request.apply(HttpRequest.newBuilder(URI.create(base + path))));
    }

    /** Plays a visitor behind the trusted local proxy ({@code EKTEFAA_TRUSTED_PROXIES}) with this address. */
    FacesClient from(String address) {
        this.forwardedFor = address;
        return this;
    }

    /** Signs a member of staff in through the sign-in page; true when the server accepted the password. */
    boolean signIn(String username, String password) {
        get("login.xhtml");
        HttpResponse<String> answer = post("login.xhtml", "login", Map.of("login:username", username,
                "login:password", password, "login:submit", ""));
        return answer.statusCode() == 302 && !answer.headers().firstValue("Location").orElse("").contains("login.xhtml");
    }

    /** GETs a path (from the application's root) and keeps the page's view state. */
    HttpResponse<String> get(String path) {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(base + path)).GET());
        remember(answer.body());
        return answer;
    }

    /** Posts a form of the last page as a non-ajax button does: the form's name, its fields, the view state. */
    HttpResponse<String> post(String path, String form, Map<String, String> fields) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body(form, fields))));
    }

    /** The encoded body {@link #post} would send, to send it again as it is (a replay). */
    String body(String form, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put(form, form);
        all.putAll(fields);
        if (viewState != null) {
            all.put("jakarta.faces.ViewState", viewState);
        }
        return all.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    /** Posts a body exactly as given. */
    HttpResponse<String> postRaw(String path, String body) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /**
     * What a browser would send for a form of the last page as it stands: its text and hidden inputs, the checked
     * boxes and radios, the selected options and the text areas (without the view state, which posts add).
     */
    List<String[]> inputs(String form) {
        int start = page.indexOf("<form id=\"" + form + "\"");
        if (start < 0) {
            throw new IllegalStateException("no form " + form + " on the last page");
        }
        String html = page.substring(start, page.indexOf("</form>", start));
        List<String[]> fields = new ArrayList<>();
        Matcher input = Pattern.compile("<input[^>]*>").matcher(html);
        while (input.find()) {
            String tag = input.group();
            String name = attribute(tag, "name");
            String type = attribute(tag, "type");
            if (name == null || name.equals("jakarta.faces.ViewState") || "submit".equals(type) || "button".equals(type)
                    || "file".equals(type) || (("checkbox".equals(type) || "radio".equals(type)) && !tag.contains("checked"))) {
                continue;
            }
            String value = attribute(tag, "value");
            fields.add(new String[] {name, value == null ? (("checkbox".equals(type)) ? "on" : "") : unescape(value)});
        }
        Matcher area = Pattern.compile("<textarea[^>]*name=\"([^\"]+)\"[^>]*>([^<]*)</textarea>").matcher(html);
        while (area.find()) {
            fields.add(new String[] {area.group(1), unescape(area.group(2))});
        }
        Matcher select = Pattern.compile("(?s)<select[^>]*name=\"([^\"]+)\"[^>]*>(.*?)</select>").matcher(html);
        while (select.find()) {
            Matcher chosen = Pattern.compile("<option[^>]*value=\"([^\"]*)\"[^>]*selected").matcher(select.group(2));
            if (chosen.find()) {
                fields.add(new String[] {select.group(1), unescape(chosen.group(1))});
            }
        }
        return fields;
    }

    /** Posts name-value pairs (a name may repeat) to a form's action, with the form's name and the view state. */
    HttpResponse<String> submit(String form, List<String[]> fields) {
        List<String> pairs = new ArrayList<>();
        pairs.add(encode(form) + "=" + encode(form));
        for (String[] field : fields) {
            pairs.add(encode(field[0]) + "=" + encode(field[1]));
        }
        if (viewState != null) {
            pairs.add("jakarta.faces.ViewState=" + encode(viewState));
        }
        return postRaw(action(form), String.join("&", pairs));
    }

    private static String attribute(String tag, String name) {
        Matcher m = Pattern.compile("\\s" + name + "=\"([^\"]*)\"").matcher(tag);
        return m.find() ? m.group(1) : null;
    }

    private static String unescape(String html) {
        Matcher numeric = Pattern.compile("&#(x?)([0-9a-fA-F]+);").matcher(html);
        StringBuilder decoded = new StringBuilder();
        while (numeric.find()) {
            numeric.appendReplacement(decoded, Matcher.quoteReplacement(new String(Character.toChars(
                    Integer.parseInt(numeric.group(2), numeric.group(1).isEmpty() ? 10 : 16)))));
        }
        numeric.appendTail(decoded);
        return decoded.toString().replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    /** The radio groups of a page and their values, by input name, in page order. */
    static Map<String, List<String>> radios(String html) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        Matcher m = RADIO.matcher(html);
        while (m.find()) {
            Matcher name = NAME.matcher(m.group());
            Matcher value = VALUE.matcher(m.group());
            if (name.find() && value.find()) {
                groups.computeIfAbsent(name.group(1), k -> new ArrayList<>()).add(value.group(1));
            }
        }
        return groups;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            if (forwardedFor != null) {
                request.header("X-Forwarded-For", forwardedFor);
            }
            return http.send(request.timeout(Duration.ofMinutes(2)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The address a form of the last page posts to, as a browser reads it from the form's action. */
    String action(String form) {
        Matcher tag = Pattern.compile("<form[^>]*\\bid=\"" + Pattern.quote(form) + "\"[^>]*>").matcher(page);
        if (!tag.find()) {
            throw new IllegalStateException("no form " + form + " on the last page");
        }
        Matcher action = Pattern.compile("action=\"([^\"]*)\"").matcher(tag.group());
        if (!action.find()) {
            throw new IllegalStateException("form " + form + " has no action");
        }
        String path = action.group(1).replace("&amp;", "&");
        return path.startsWith("/") ? path.substring(1) : path;
    }

    /** Posts a form of the last page to its own action, as its non-ajax button does. */
    HttpResponse<String> submit(String form, Map<String, String> fields) {
        return post(action(form), form, fields);
    }

    private void remember(String body) {
        page = body;
        Matcher m = VIEW_STATE.matcher(body);
        if (m.find()) {
            viewState = m.group(1);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
