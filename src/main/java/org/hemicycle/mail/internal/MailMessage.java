package org.hemicycle.mail.internal;

import jakarta.persistence.*;
import java.time.Instant;
import org.hemicycle.mail.MailStatus;
import org.hemicycle.mail.OutboxEntry;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "mail_message")
public class MailMessage {

    /** Longer errors are cut: the first line of a mail server's answer says what went wrong. */
    static final int MAX_ERROR = 1000;
    private static final java.util.regex.Pattern TOKEN = java.util.regex.Pattern.compile("token=[\\w-]+");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private @Nullable Long accountId;
    private String recipient;
    private String language;
    private String subject;
    private String body;
    private @Nullable String unsubscribeUrl;

    @Enumerated(EnumType.STRING)
    private MailStatus status;

    private int attempts;
    private @Nullable String lastError;
    private Instant queuedAt;
    private @Nullable Instant sentAt;
    private @Nullable Instant claimedUntil;

    protected MailMessage() {
    }

    public MailMessage(@Nullable Long accountId, String recipient, String language, String subject, String body,
                       @Nullable String unsubscribeUrl) {
        this.accountId = accountId;
        this.recipient = recipient;
        this.language = language;
        this.subject = subject;
        this.body = body;
        this.unsubscribeUrl = unsubscribeUrl;
        this.status = MailStatus.QUEUED;
        this.queuedAt = Instant.now();
    }

    /**
     * Once the server has it, the single-use links in the copy kept here are cut: the outbox stays a record of what was
     * sent without holding keys to anyone's account.
     */
    void sent() {
        this.status = MailStatus.SENT;
        this.sentAt = Instant.now();
        this.attempts++;
        this.lastError = null;
        this.claimedUntil = null;
        this.body = TOKEN.matcher(body).replaceAll("token=…");
    }

    void kept() {
        this.status = MailStatus.KEPT;
        this.claimedUntil = null;
    }

    /** One more refused attempt; past {@code giveUpAfter} the message is given up, and says so in the outbox. */
    void failed(String error, int giveUpAfter) {
        this.attempts++;
        this.lastError = error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error;
        this.claimedUntil = null;
        if (attempts >= giveUpAfter) {
            this.status = MailStatus.FAILED;
        }
    }

    public OutboxEntry entry() {
        return new OutboxEntry(id, recipient, language, subject, body, unsubscribeUrl, status, attempts, lastError,
                queuedAt, sentAt);
    }

    public Long getId() { return id; }
    public String getRecipient() { return recipient; }
    public String getLanguage() { return language; }
    public String getSubject() { return subject; }
    public String getBody() { return body; }
    public @Nullable String getUnsubscribeUrl() { return unsubscribeUrl; }
    public MailStatus getStatus() { return status; }
}
