package org.ektefaa.platform.api.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The path a request reaches inside the application, as the container resolved it ({@code /public/../admin/x}
 * and {@code /public/..%2fadmin/x} are {@code /admin/x}), for every decision about what a path may open. The raw
 * {@code getRequestURI()} is what was sent, not what is served: a check on it can be walked around.
 */
public final class RequestPaths {

    private RequestPaths() {
    }

    public static String of(HttpServletRequest request) {
        String servlet = request.getServletPath() == null ? "" : request.getServletPath();
        String info = request.getPathInfo() == null ? "" : request.getPathInfo();
        String path = servlet + info;
        return path.isEmpty() ? "/" : path;
    }
}
