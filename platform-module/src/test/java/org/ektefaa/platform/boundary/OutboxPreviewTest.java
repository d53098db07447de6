package org.ektefaa.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The outbox page's preview of a message waiting to be sent (issues #22 and #27): nothing in it lets an administrator
 * act in the person's name — not a link, not a one-time token, not a collection code, even with its digits written in
 * Arabic-Indic; what is only information (a tracking number, a beneficiary number, a word in capitals) stays.
 */
class OutboxPreviewTest {

    @Test
    void aCollectionCodeIsCutOutOfThePreviewAndInformationStays() {
        String sms = "السلة الغذائية (2 سلة) جاهزة في مستودع الجمعية. أظهر هذا الرمز عند الاستلام: \u2066ACD34X\u2069.";
        assertThat(Outbox.cut(sms)).doesNotContain("ACD34X").contains("……").contains("مستودع الجمعية");
        assertThat(Outbox.cut("الرمز: ACD٣٤X")).as("digits in Arabic-Indic").doesNotContain("ACD٣٤X");
        assertThat(Outbox.cut("Code: KMNPQR.")).as("letters only").doesNotContain("KMNPQR");
        assertThat(Outbox.cut("طلبك 1448-000123 والملف B-000012 لدى SMS")).contains("1448-000123")
                .contains("B-000012").contains("SMS");
        assertThat(Outbox.cut("رقم 123456 فقط")).as("a number is not a code").contains("123456");
        assertThat(Outbox.cut("افتح https://example.sa/public/survey.xhtml?t=abc")).doesNotContain("https");
    }
}
