package org.ektefaa.platform.api;

/** The seven channels through which a person reaches the association (policy §4.1–§4.7), in the policy's order. */
public enum ContactChannel {
    /** §4.1 المقابلة */
    IN_PERSON_INTERVIEW,
    /** §4.2 الاتصالات الهاتفية */
    PHONE_CALL,
    /** §4.3 وسائل التواصل الاجتماعي */
    SOCIAL_MEDIA,
    /** §4.4 الخطابات */
    LETTER,
    /** §4.5 خدمات طلب المساعدة */
    HELP_REQUEST_SERVICE,
    /** §4.6 خدمة التطوع */
    VOLUNTEERING_SERVICE,
    /** §4.7 الموقع الإلكتروني للجمعية */
    WEBSITE
}
