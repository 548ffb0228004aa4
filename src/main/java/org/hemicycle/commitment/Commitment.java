package org.hemicycle.commitment;

import java.time.LocalDate;
import java.util.Set;
import org.hemicycle.plan.CommitmentHeadline;
import org.hemicycle.plan.Completion;
import org.hemicycle.plan.OgpValue;
import org.hemicycle.plan.Pillar;
import org.jspecify.annotations.Nullable;

/** A Commitment as other modules read it; only this module changes it. */
public interface Commitment extends CommitmentHeadline {

    CommitmentText text();
    Long getId();
    Long getPlanId();
    int getNumber();
    String getTitle();
    Pillar getPillar();
    @Nullable LocalDate getStartDate();
    @Nullable LocalDate getEndDate();
    @Nullable String getResponsibleInstitution();
    @Nullable String getGovernmentPartners();
    @Nullable String getOtherPartners();
    @Nullable String getIssue();
    @Nullable String getDescription();
    @Nullable String getJustification();
    Set<OgpValue> getOgpValues();
    @Nullable String getOgpRelevance();
    @Nullable String getBudget();
    @Nullable String getContactName();
    @Nullable String getContactTitle();
    @Nullable String getContactDepartment();
    @Nullable String getContactOrganization();
    @Nullable String getContactEmail();
    Completion getCompletion();
    /** The percentage of its own latest update, its progress while it has no activity; null before any. */
    @Nullable Integer getReportedPercent();
}
