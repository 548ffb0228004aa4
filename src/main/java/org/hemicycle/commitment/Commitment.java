package org.hemicycle.commitment;

import org.hemicycle.plan.OgpValue;

import org.hemicycle.plan.Completion;
import org.hemicycle.plan.CommitmentHeadline;
import org.hemicycle.plan.Pillar;

import java.time.LocalDate;
import java.util.Set;

/** A Commitment as other modules read it; only this module changes it. */
public interface Commitment extends CommitmentHeadline {

    CommitmentText text();
    Long getId();
    Long getPlanId();
    int getNumber();
    String getTitle();
    Pillar getPillar();
    LocalDate getStartDate();
    LocalDate getEndDate();
    String getResponsibleInstitution();
    String getGovernmentPartners();
    String getOtherPartners();
    String getIssue();
    String getDescription();
    String getJustification();
    Set<OgpValue> getOgpValues();
    String getOgpRelevance();
    String getBudget();
    String getContactName();
    String getContactTitle();
    String getContactDepartment();
    String getContactOrganization();
    String getContactEmail();
    Completion getCompletion();
}
