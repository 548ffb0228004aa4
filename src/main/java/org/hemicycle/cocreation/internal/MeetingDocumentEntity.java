package org.hemicycle.cocreation.internal;

import jakarta.persistence.*;
import java.time.Instant;
import org.hemicycle.cocreation.MeetingDocument;
import org.hemicycle.site.Text;

@Entity
@Table(name = "meeting_document")
public class MeetingDocumentEntity implements MeetingDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long meetingId;
    private String title;
    private String url;
    private Instant addedAt;

    protected MeetingDocumentEntity() {
    }

    public MeetingDocumentEntity(Long meetingId, String title, String url) {
        this.meetingId = meetingId;
        this.title = Text.clean(title);
        this.url = url.strip();
        this.addedAt = Instant.now();
    }

    @Override public Long getId() { return id; }
    @Override public Long getMeetingId() { return meetingId; }
    @Override public String getTitle() { return title; }
    @Override public String getUrl() { return url; }
    @Override public Instant getAddedAt() { return addedAt; }
}
