package org.hemicycle.version.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hemicycle.version.PlanVersion;
import org.hemicycle.version.VersionKind;
import org.jspecify.annotations.Nullable;

/** Written once: no method changes a version after it is taken. */
@Entity(name = "PlanVersion")
@Table(name = "plan_version")
public class PlanVersionEntity implements PlanVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long planId;
    private int number;
    @Enumerated(EnumType.STRING)
    private VersionKind kind;
    private @Nullable String label;
    private @Nullable String reason;
    private Instant takenAt;
    private @Nullable String takenBy;
    private String content;

    protected PlanVersionEntity() {
    }

    public PlanVersionEntity(Long planId, int number, VersionKind kind, @Nullable String label, @Nullable String reason,
                             @Nullable String takenBy, String content) {
        this.planId = planId;
        this.number = number;
        this.kind = kind;
        this.label = label;
        this.reason = reason;
        this.takenAt = Instant.now();
        this.takenBy = takenBy;
        this.content = content;
    }

    @Override public Long getId() { return id; }
    @Override public Long getPlanId() { return planId; }
    @Override public int getNumber() { return number; }
    @Override public VersionKind getKind() { return kind; }
    @Override public @Nullable String getLabel() { return label; }
    @Override public @Nullable String getReason() { return reason; }
    @Override public Instant getTakenAt() { return takenAt; }
    @Override public @Nullable String getTakenBy() { return takenBy; }
    public String getContent() { return content; }
}
