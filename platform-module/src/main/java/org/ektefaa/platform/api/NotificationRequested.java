package org.ektefaa.platform.api;

/**
 * A module asks for a person to be told something (policy §2: reach people without them asking). The text
 * is already in the person's language, from the module's own bundle. The platform writes it to the outbox
 * in the firing transaction; a timer sends it by e-mail and/or SMS, retrying failures.
 *
 * @param email     the person's e-mail, or null
 * @param mobile    the person's mobile in E.164, or null
 * @param subject   the subject of an e-mail
 * @param body      the text (also the SMS)
 * @param reference what it is about (a tracking number), for staff looking at failures
 */
public record NotificationRequested(String email, String mobile, String subject, String body, String reference) {
}
