package org.hemicycle.consultation.internal;

import jakarta.persistence.*;
import java.time.Instant;
import org.hemicycle.consultation.Idea;
import org.hemicycle.consultation.NewIdea;
import org.hemicycle.plan.Pillar;
import org.hemicycle.site.Text;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "idea")
public class IdeaEntity implements Idea {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long consultationId;
    private Long authorId;
    private String title;
    private String body;

    @Enumerated(EnumType.STRING)
    private @Nullable Pillar pillar;

    /** Counted by IdeaSupports in the database, one statement per support: never written from this entity. */
    @Column(insertable = true, updatable = false)
    private int supports;

    private Instant createdAt;

    protected IdeaEntity() {
    }

    public IdeaEntity(Long consultationId, Long authorId, NewIdea idea) {
        this.consultationId = consultationId;
        this.authorId = authorId;
        this.title = Text.clean(idea.title());
        this.body = Text.clean(idea.body());
        this.pillar = idea.pillar();
        this.createdAt = Instant.now();
    }

    @Override public Long getId() { return id; }
    @Override public Long getConsultationId() { return consultationId; }
    @Override public Long getAuthorId() { return authorId; }
    @Override public String getTitle() { return title; }
    @Override public String getBody() { return body; }
    @Override public @Nullable Pillar getPillar() { return pillar; }
    @Override public int getSupports() { return supports; }
    @Override public Instant getCreatedAt() { return createdAt; }
}
