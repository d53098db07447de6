package org.ektefaa.platform.api;

import jakarta.enterprise.util.AnnotationLiteral;
import jakarta.inject.Qualifier;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Observes a {@link ModuleEvent} after the change that fired it is committed, in a transaction of its own:
 * {@code void on(@Observes @Committed RequestClosed closed)}. The event is recorded in the firing transaction and
 * delivered to each observing class in the order it was recorded, retried while the observer fails; a failure
 * here never rolls back or blocks the change that fired it, and the event is never lost. Delivery runs as the
 * {@link SystemActor}. A plain {@code @Observes} (no qualifier) still runs inside the firing transaction: keep
 * that for what must commit or fail together with the change (the module's own bookkeeping, the audit log).
 */
@Qualifier
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD, ElementType.TYPE})
public @interface Committed {

    /** The qualifier as a value, for resolving observers. */
    final class Literal extends AnnotationLiteral<Committed> implements Committed {

        public static final Literal INSTANCE = new Literal();

        private static final long serialVersionUID = 1L;
    }
}
