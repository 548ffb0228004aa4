package org.hemicycle.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A ActionPlan as other modules read it; only this module changes it. */
public interface ActionPlan {

    boolean covers(LocalDate date);
    PlanDetails details();
    PoliticalWill politicalWillStep();
    LeadBody leadBody();
    PointOfContact pointOfContact();
    CivilSocietyEngagement civilSocietyEngagement();
    CoCreationDesign coCreationDesign();
    Adoption adoption();
    Long getId();
    Long getParliamentId();
    String getSlug();
    String getTitle();
    String getContentLanguage();
    @Nullable String getSummary();
    LocalDate getPeriodStart();
    LocalDate getPeriodEnd();
    PlanPhase getPhase();
    boolean isPublished();
    @Nullable Instant getPublishedAt();
    Set<Long> getChamberIds();
    @Nullable String getImplementationStrategy();
    @Nullable String getMonitoringApproach();
    @Nullable String getLessonsLearned();
    /** The plan this one was started from at the end of its cycle, if any. */
    @Nullable Long getPreviousPlanId();
    Instant getCreatedAt();
    Instant getUpdatedAt();
}
