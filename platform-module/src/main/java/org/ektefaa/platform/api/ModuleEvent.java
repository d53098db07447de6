package org.ektefaa.platform.api;

/**
 * An event one module publishes for others (a record in its {@code api} package). Observers in other modules
 * take it {@link Committed}: it is recorded with the change and delivered after the commit. Its components must
 * survive a JSON round trip (strings, numbers, booleans, enums, {@code Instant}, {@code LocalDate}); it carries
 * identifiers and codes, never a person's name, identity number or contact.
 */
public interface ModuleEvent {
}
