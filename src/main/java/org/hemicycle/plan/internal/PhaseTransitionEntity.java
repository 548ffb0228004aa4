package org.hemicycle.plan.internal;

import jakarta.persistence.*;
import java.time.Instant;
import java.time.LocalDate;
import org.hemicycle.plan.PhaseTransition;
import org.hemicycle.plan.PlanPhase;
import org.jspecify.annotations.Nullable;

/**
 * The public record of when a plan reached each step, and who moved it: the day it happened as the plan
 * team states it, and the moment it was entered on the platform.
 */
@Entity(name = "PhaseTransition")
@Table(name = "phase_transition")
public class PhaseTransitionEntity implements PhaseTransition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plan_id")
    private Long planId;

    @Enumerated(EnumType.STRING)
    private @Nullable PlanPhase fromPhase;

    @Enumerated(EnumType.STRING)
    private PlanPhase toPhase;

    private LocalDate reachedOn;
    private Instant movedAt;
    private String movedBy;

    protected PhaseTransitionEntity() {
    }

    public PhaseTransitionEntity(Long planId, @Nullable PlanPhase fromPhase, PlanPhase toPhase, LocalDate reachedOn, String movedBy) {
        this.planId = planId;
        this.fromPhase = fromPhase;
        this.toPhase = toPhase;
        this.reachedOn = reachedOn;
        this.movedBy = movedBy;
        this.movedAt = Instant.now();
    }

    public Long getId() { return id; }
    public Long getPlanId() { return planId; }
    public @Nullable PlanPhase getFromPhase() { return fromPhase; }
    public PlanPhase getToPhase() { return toPhase; }
    public LocalDate getReachedOn() { return reachedOn; }
    public Instant getMovedAt() { return movedAt; }
    public String getMovedBy() { return movedBy; }
}
