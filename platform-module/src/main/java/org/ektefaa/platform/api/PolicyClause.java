package org.ektefaa.platform.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a test (or a test class) as proof of a clause of the beneficiary-relationship policy, cited as in the
 * English working translation: {@code "5.4"}, {@code "3.6"}, {@code "4.7"}. The build's conformance table
 * ({@code webapp/target/policy-conformance.md}) lists every clause with the tests that prove it and their result.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
@Repeatable(PolicyClause.List.class)
public @interface PolicyClause {

    /** The clause: {@code "2"}, {@code "3.1"} … {@code "3.7"}, {@code "4.1"} … {@code "4.7"}, {@code "5.1"} … {@code "5.6"}. */
    String value();

    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    @interface List {
        PolicyClause[] value();
    }
}
