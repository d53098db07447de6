package org.ektefaa.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Filter;
import java.util.logging.Logger;
import org.ektefaa.platform.api.Allowances;

/**
 * A malformed address ({@code GET /%}) fails in the servlet container before the application sees it, and the
 * container logs each with a full stack trace (about 2.6 KB; an anonymous client could fill the disk). This
 * filter on the container's logger keeps such a record to one line without the trace — the exception's type,
 * never the address — at most {@value #LINES_PER_MINUTE} a minute, and counts the rest. Other container
 * records pass untouched. (Grizzly's own "character decoding failed" notice, which quoted what the client sent
 * and so let it write lines of its choosing into the log, is turned off in {@code pre-boot-commands.asadmin}.)
 */
@WebListener
public class ContainerLogGuard implements ServletContextListener {

    @Inject
    Allowances allowances;

    static final int LINES_PER_MINUTE = 20;
    private static final String CONTAINER = "jakarta.enterprise.web.core";
    /** The container's message key for "an exception or error occurred during the request processing". */
    private static final String FAILED_REQUEST = "AS-WEB-CORE-00037";

    /** Held here so that the configured logger is not collected (and its filter with it). */
    private Logger container;
    private Filter before;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        container = Logger.getLogger(CONTAINER);
        before = container.getFilter();
        Allowances.Allowance lines = allowances.named("log.container", LINES_PER_MINUTE, Duration.ofMinutes(1));
        AtomicLong suppressed = new AtomicLong();
        Filter chained = before;
        container.setFilter(record -> {
            String message = String.valueOf(record.getMessage());
            if (record.getThrown() != null && (message.equals(FAILED_REQUEST)
                    || message.contains("during the request processing"))) {
                if (!lines.tryAcquire("all")) {
                    suppressed.incrementAndGet();
                    return false;
                }
                long skipped = suppressed.getAndSet(0);
                record.setMessage("The container refused a malformed request: " + record.getThrown().getClass().getName()
                        + (skipped > 0 ? " (" + skipped + " similar lines not written)" : ""));
                record.setParameters(null);
                record.setThrown(null);
            }
            return chained == null || chained.isLoggable(record);
        });
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        if (container != null) {
            container.setFilter(before);
        }
    }
}
