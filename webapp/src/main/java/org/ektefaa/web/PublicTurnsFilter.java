package org.ektefaa.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The public pages (the website form, the survey, request tracking, volunteer registration) take turns when a
 * campaign brings many people at once: at most {@code ektefaa.public.at-once} of them are served at the same time
 * (twice the processors by default), the others wait in the order they came. Staff pages never wait behind them,
 * so the reception and the executive keep working while a campaign's requests arrive (issue #19: 33 submissions a
 * second took the staff pages' p95 to 1.5 s when every visitor had a thread of its own). Nobody is refused: a
 * visitor who waited {@value #LONGEST_WAIT_SECONDS} s, or who finds {@value #QUEUE_LIMIT} waiting already, is served
 * without a turn.
 */
@WebFilter(urlPatterns = "/public/*", asyncSupported = true)
public class PublicTurnsFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final int LONGEST_WAIT_SECONDS = 60;
    static final int QUEUE_LIMIT = 150;

    private transient Turns turns;

    @Override
    public void init() {
        Config config = ConfigProvider.getConfig();
        int atOnce = config.getOptionalValue("ektefaa.public.at-once", Integer.class)
                .orElse(2 * Runtime.getRuntime().availableProcessors());
        turns = new Turns(Math.max(1, atOnce), Duration.ofSeconds(LONGEST_WAIT_SECONDS), QUEUE_LIMIT);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try (Turns.Turn turn = turns.take()) {
            chain.doFilter(request, response);
        }
    }
}
