package org.hemicycle.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

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
    String getSummary();
    LocalDate getPeriodStart();
    LocalDate getPeriodEnd();
    PlanPhase getPhase();
    boolean isPublished();
    Instant getPublishedAt();
    Set<Long> getChamberIds();
    String getImplementationStrategy();
    String getMonitoringApproach();
    String getLessonsLearned();
    Instant getCreatedAt();
    Instant getUpdatedAt();
}
