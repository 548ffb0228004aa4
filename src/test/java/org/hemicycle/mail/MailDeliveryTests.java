package org.hemicycle.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Locale;
import org.hemicycle.Fixtures;
import org.hemicycle.TestSmtp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivery over real SMTP (GreenMail in the test): what is queued in a committed transaction arrives, in UTF-8,
 * with its unsubscribe headers; what a rolled-back one queued never leaves; and a mail server outage loses nothing,
 * the message going out once the server is back.
 */
@SpringBootTest(properties = {"spring.mail.host=localhost", "hemicycle.mail.retry-every=PT1S",
        "hemicycle.mail.from=Hemicycle <no-reply@hemicycle.test>", "hemicycle.mail.give-up-after=1000",
        // On H2, a database of its own: the other contexts' listeners never see its events.
        "spring.datasource.url=jdbc:h2:mem:mail-delivery;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000"})
class MailDeliveryTests {

    @RegisterExtension
    static final TestSmtp SMTP = new TestSmtp();

    @Autowired Mailer mailer;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcTemplate jdbc;

    @DynamicPropertySource
    static void smtpPort(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", SMTP::port);
    }

    @Test
    void aQueuedMessageIsDeliveredInUtf8WithItsUnsubscribeHeaders() throws Exception {
        String to = Fixtures.unique("reader") + "@example.org";
        transactions.executeWithoutResult(status -> mailer.queue(new Mail(null, to, Locale.FRENCH, "Réponse à votre idée",
                "Votre idée « Données ouvertes » a reçu une réponse.", "https://plans.example.org/unsubscribe/abc")));

        MimeMessage received = SMTP.awaitMessage(to, 1);
        assertThat(received.getSubject()).isEqualTo("Réponse à votre idée");
        assertThat(((String) received.getContent()).strip()).isEqualTo("Votre idée « Données ouvertes » a reçu une réponse.");
        assertThat(received.getHeader("List-Unsubscribe")).containsExactly("<https://plans.example.org/unsubscribe/abc>");
        assertThat(received.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
        assertThat(received.getHeader("Content-Language")).containsExactly("fr");
        assertThat(received.getFrom()[0].toString()).contains("no-reply@hemicycle.test");
        await().atMost(Duration.ofSeconds(10)).until(() -> "SENT".equals(statusOf(to)));
    }

    @Test
    void aMessageQueuedByAnActionThatRollsBackIsNeverSent() throws Exception {
        String to = Fixtures.unique("rolled-back") + "@example.org";
        transactions.executeWithoutResult(status -> {
            mailer.queue(Mail.about(to, Locale.ENGLISH, "Never", "Never sent."));
            status.setRollbackOnly();
        });
        String witness = Fixtures.unique("witness") + "@example.org";
        transactions.executeWithoutResult(status -> mailer.queue(Mail.about(witness, Locale.ENGLISH, "Sent", "Sent.")));

        SMTP.awaitMessage(witness, 1);
        assertThat(SMTP.messagesTo(to)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from mail_message where recipient = ?", Long.class, to)).isZero();
    }

    @Test
    void aMailServerOutageLosesNothing() throws Exception {
        SMTP.stop();
        String to = Fixtures.unique("patient") + "@example.org";
        try {
            transactions.executeWithoutResult(status -> mailer.queue(Mail.about(to, Locale.ENGLISH, "Later", "Sent once the server is back.")));
            await().atMost(Duration.ofSeconds(20)).until(() ->
                    jdbc.queryForObject("select attempts from mail_message where recipient = ?", Integer.class, to) >= 1);
            assertThat(statusOf(to)).isEqualTo("QUEUED");
            assertThat(jdbc.queryForObject("select last_error from mail_message where recipient = ?", String.class, to)).isNotBlank();
        } finally {
            SMTP.start();
        }
        MimeMessage received = SMTP.awaitMessage(to, 1);
        assertThat(received.getSubject()).isEqualTo("Later");
        await().atMost(Duration.ofSeconds(10)).until(() -> "SENT".equals(statusOf(to)));
        assertThat(SMTP.messagesTo(to)).hasSize(1);
    }

    @Test
    void theLinksOfADeliveredMessageAreCutFromTheOutboxCopy() {
        String to = Fixtures.unique("linked") + "@example.org";
        transactions.executeWithoutResult(status -> mailer.queue(Mail.about(to, Locale.ENGLISH, "Link",
                "Open https://plans.example.org/password-reset/choose?token=abcDEF123_-x to continue.")));
        SMTP.awaitMessage(to, 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> "SENT".equals(statusOf(to)));
        assertThat(jdbc.queryForObject("select body from mail_message where recipient = ?", String.class, to))
                .contains("/password-reset/choose?token=…").doesNotContain("abcDEF123");
    }

    private String statusOf(String to) {
        return jdbc.queryForObject("select status from mail_message where recipient = ?", String.class, to);
    }


}
