package org.ektefaa.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One person's browser, as far as a JSF application cares: cookies (the session), the view state of the last
 * page, full-page posts and PrimeFaces ajax posts. Every answer is checked: an error page or a JSF error in a
 * partial response fails the measurement rather than timing an error.
 */
final class Session {

    private static final Pattern VIEW_STATE = Pattern.compile(
            "name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"|<update id=\"[^\"]*jakarta\\.faces\\.ViewState[^\"]*\"><!\\[CDATA\\[([^\\]]+)\\]\\]>");

    private final HttpClient http;
    private final CookieManager cookies = new CookieManager();
    private final String base;
    private String viewState;
    private String page;

    Session(String base) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** Forgets the cookies and the page: the next request comes from a new visitor over the same connections. */
    void forget() {
        cookies.getCookieStore().removeAll();
        viewState = null;
        page = null;
    }

    /** GETs a page and keeps its view state. */
    String get(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(5)).GET()
                .build(), HttpResponse.BodyHandlers.ofString());
        check(r, path);
        page = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        remember(r.body());
        return r.body();
    }

    /** A full-page form post on the current page (a non-ajax button). */
    String submit(String form, Map<String, String> fields) throws IOException, InterruptedException {
        Map<String, String> all = new LinkedHashMap<>();
        all.put(form, form);
        all.putAll(fields);
        all.put("jakarta.faces.ViewState", viewState);
        HttpResponse<String> r = http.send(post(page, all).build(), HttpResponse.BodyHandlers.ofString());
        check(r, page);
        remember(r.body());
        return r.body();
    }

    /** A PrimeFaces ajax request on the current page; returns the partial response. */
    String ajax(String form, String source, String execute, String render, Map<String, String> fields)
            throws IOException, InterruptedException {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("jakarta.faces.partial.ajax", "true");
        all.put("jakarta.faces.source", source);
        all.put("jakarta.faces.partial.execute", execute);
        all.put("jakarta.faces.partial.render", render);
        all.put(form, form);
        all.putAll(fields);
        all.put("jakarta.faces.ViewState", viewState);
        HttpResponse<String> r = http.send(post(page, all).header("Faces-Request", "partial/ajax").build(),
                HttpResponse.BodyHandlers.ofString());
        check(r, page);
        if (r.body().contains("<error>")) {
            throw new IllegalStateException("JSF error on " + page + ": " + r.body().substring(0, Math.min(600, r.body().length())));
        }
        remember(r.body());
        return r.body();
    }

    /**
     * Uploads a file through a PrimeFaces advanced file upload on the current page (a multipart ajax post, as its
     * script sends it); returns the partial response.
     */
    String upload(String form, String input, String fileName, byte[] content, String render)
            throws IOException, InterruptedException {
        String boundary = "----ektefaa-bench-" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("jakarta.faces.partial.ajax", "true");
        fields.put("jakarta.faces.source", input);
        fields.put("jakarta.faces.partial.execute", input);
        fields.put("jakarta.faces.partial.render", render);
        fields.put(form, form);
        fields.put(input + "_totalFilesCount", "1"); // PrimeFaces' script says how many files it sends
        fields.put("jakarta.faces.ViewState", viewState);
        for (Map.Entry<String, String> field : fields.entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
                    + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + input + "\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + page)).timeout(Duration.ofMinutes(10))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Faces-Request", "partial/ajax")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
        check(r, page);
        remember(r.body());
        return r.body();
    }

    /** The chosen value of each PrimeFaces menu in {@code html}, by its input's name (what a browser posts back). */
    static Map<String, String> menus(String html) {
        Map<String, String> chosen = new LinkedHashMap<>();
        Matcher select = Pattern.compile("<select[^>]*name=\"([^\"]+)\"[^>]*>(.*?)</select>", Pattern.DOTALL).matcher(html);
        while (select.find()) {
            Matcher option = Pattern.compile("<option value=\"([^\"]*)\"[^>]*selected").matcher(select.group(2));
            chosen.put(select.group(1), option.find() ? option.group(1) : "");
        }
        return chosen;
    }

    /** Signs in through the sign-in page, as a person does. */
    void signIn(String user, String password) throws IOException, InterruptedException {
        get("login.xhtml");
        String after = submit("login", Map.of("login:username", user, "login:password", password, "login:submit", ""));
        if (after.contains("id=\"login:username\"")) {
            throw new IllegalStateException("sign-in refused for " + user);
        }
    }

    private HttpRequest.Builder post(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue() == null ? "" : e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(10))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private static void check(HttpResponse<String> r, String path) {
        if (r.statusCode() >= 400 || r.body().contains("error-page") || r.uri().getPath().startsWith("/error/")) {
            throw new IllegalStateException("HTTP " + r.statusCode() + " on " + path + " (" + r.uri() + "): "
                    + r.body().replaceAll("\\s+", " ").substring(0, Math.min(300, r.body().length())));
        }
    }

    private void remember(String body) {
        Matcher m = VIEW_STATE.matcher(body);
        if (m.find()) {
            viewState = m.group(1) != null ? m.group(1) : m.group(2);
        }
    }

    /** The radio groups of the current page and their values, by input name (in page order). */
    static Map<String, java.util.List<String>> radios(String html) {
        Map<String, java.util.List<String>> groups = new LinkedHashMap<>();
        Matcher m = Pattern.compile("<input[^>]*type=\"radio\"[^>]*>").matcher(html);
        while (m.find()) {
            String tag = m.group();
            Matcher name = Pattern.compile("name=\"([^\"]+)\"").matcher(tag);
            Matcher value = Pattern.compile("value=\"([^\"]*)\"").matcher(tag);
            if (name.find() && value.find()) {
                groups.computeIfAbsent(name.group(1), k -> new java.util.ArrayList<>()).add(value.group(1));
            }
        }
        return groups;
    }
}
