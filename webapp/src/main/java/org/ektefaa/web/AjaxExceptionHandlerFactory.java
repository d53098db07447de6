package org.ektefaa.web;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.FacesContext;
import java.util.logging.Logger;
import org.omnifaces.exceptionhandler.FullAjaxExceptionHandler;

/**
 * Errors in ajax requests show the same error pages as full requests (OmniFaces' {@link FullAjaxExceptionHandler}),
 * and a caller a boundary refused is "not allowed" there too: the refusal may come wrapped in whatever created the
 * page's bean (Weld's exception around a {@code @PostConstruct}), which OmniFaces does not unwrap, so an ajax post
 * forged to an administrator's page was answered "something went wrong" with a stack trace in the log. The refusal is
 * found in the causes and answered with the 403 page, in one line of the log.
 */
public class AjaxExceptionHandlerFactory extends ExceptionHandlerFactory {

    public AjaxExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    static final class Handler extends FullAjaxExceptionHandler {

        private static final Logger LOG = Logger.getLogger(AjaxExceptionHandlerFactory.class.getName());

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        protected Throwable findExceptionRootCause(FacesContext context, Throwable exception) {
            Throwable refused = refusal(exception);
            return refused != null ? refused : super.findExceptionRootCause(context, exception);
        }

        @Override
        protected void logException(FacesContext context, Throwable exception, String location, LogReason reason) {
            if (exception instanceof SecurityException) {
                LOG.info("403 ajax " + context.getExternalContext().getRequestServletPath() + ": "
                        + exception.getClass().getName());
                return;
            }
            super.logException(context, exception, location, reason);
        }

        /** The boundary's refusal among {@code exception}'s causes, if it is one. */
        static Throwable refusal(Throwable exception) {
            for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof SecurityException) {
                    return t;
                }
            }
            return null;
        }
    }
}
