package org.ektefaa.platform.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Through a real SMTP server (GreenMail on a local port). */
class MailSenderTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP);

    @Test
    void anArabicMessageArrivesIntact() throws Exception {
        new MailSender(MailSettings.of("127.0.0.1", ServerSetupTest.SMTP.getPort(), "no-reply@ektefaa.org.sa"))
                .send("fatima@example.sa", "استلمنا طلبك 1447-000123", "رقم المتابعة 1447-000123. نجيبك خلال 14 يومًا.");
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).isEqualTo("استلمنا طلبك 1447-000123");
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("fatima@example.sa");
        assertThat(GreenMailUtil.getBody(received[0])).isNotBlank();
        assertThat(received[0].getContent().toString()).contains("نجيبك خلال 14 يومًا");
    }

    @Test
    void withoutAServerItSaysWhatToConfigure() {
        MailSender unconfigured = new MailSender(MailSettings.none());
        assertThatThrownBy(() -> unconfigured.send("a@b.sa", "s", "b"))
                .isInstanceOf(MessagingException.class).hasMessageContaining("EKTEFAA_MAIL_HOST");
    }
}
