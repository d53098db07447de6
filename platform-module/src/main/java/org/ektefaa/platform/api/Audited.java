package org.ektefaa.platform.api;

/**
 * Something worth an audit-log line happened. Any module fires it; the platform writes it in the same
 * transaction as the change it records, so an audited change and its audit line commit or fail together.
 * {@code detail} must not contain personal data beyond ids.
 *
 * @param actor      the signed-in user's name, or {@code "system"}
 * @param action     a stable code, e.g. {@code USER_CREATED}
 * @param targetType the kind of thing acted on, e.g. {@code StaffUser}
 * @param targetId   its id, as text
 * @param detail     a short, non-personal description
 */
public record Audited(String actor, String action, String targetType, String targetId, String detail) {
}
