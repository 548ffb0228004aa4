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

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

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

    protected MailMessage() {
    }

    public MailMessage(String recipient, String language, String subject, String body, @Nullable String unsubscribeUrl) {
        this.recipient = recipient;
        this.language = language;
        this.subject = subject;
        this.body = body;
        this.unsubscribeUrl = unsubscribeUrl;
        this.status = MailStatus.QUEUED;
        this.queuedAt = Instant.now();
    }

    void sent() {
        this.status = MailStatus.SENT;
        this.sentAt = Instant.now();
        this.attempts++;
        this.lastError = null;
    }

    void kept() {
        this.status = MailStatus.KEPT;
    }

    void failed(String error) {
        this.attempts++;
        this.lastError = error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error;
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
