package org.hemicycle.version.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hemicycle.version.OpenAmendment;

/** The plan's open amendment; its primary key, the plan, lets only one be open at a time. */
@Entity(name = "PlanAmendment")
@Table(name = "plan_amendment")
public class PlanAmendmentEntity {

    @Id
    private Long planId;
    private String reason;
    private Instant openedAt;
    private String openedBy;

    protected PlanAmendmentEntity() {
    }

    public PlanAmendmentEntity(Long planId, String reason, String openedBy) {
        this.planId = planId;
        this.reason = reason;
        this.openedAt = Instant.now();
        this.openedBy = openedBy;
    }

    public String getReason() {
        return reason;
    }

    public OpenAmendment view() {
        return new OpenAmendment(reason, openedAt, openedBy);
    }
}
