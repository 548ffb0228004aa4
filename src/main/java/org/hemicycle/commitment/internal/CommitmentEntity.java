package org.hemicycle.commitment.internal;

import jakarta.persistence.*;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.hemicycle.commitment.Commitment;
import org.hemicycle.commitment.CommitmentText;
import org.hemicycle.plan.Completion;
import org.hemicycle.plan.OgpValue;
import org.hemicycle.plan.Pillar;
import org.hemicycle.site.Text;
import org.hibernate.annotations.SortNatural;

@Entity(name = "Commitment")
@Table(name = "commitment")
public class CommitmentEntity implements Commitment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plan_id")
    private Long planId;

    private int number;
    private String title;

    @Enumerated(EnumType.STRING)
    private Pillar pillar;

    private LocalDate startDate;
    private LocalDate endDate;
    private String responsibleInstitution;
    private String governmentPartners;
    private String otherPartners;
    private String issue;
    private String description;
    private String justification;

    @ElementCollection
    @CollectionTable(name = "commitment_ogp_value", joinColumns = @JoinColumn(name = "commitment_id"))
    @Column(name = "ogp_value")
    @Enumerated(EnumType.STRING)
    @SortNatural
    private SortedSet<OgpValue> ogpValues = new TreeSet<>();

    private String ogpRelevance;
    private String budget;
    private String contactName;
    private String contactTitle;
    private String contactDepartment;
    private String contactOrganization;
    private String contactEmail;

    @Enumerated(EnumType.STRING)
    private Completion completion;

    /** Its own latest update's percentage, which is its progress while it has no activity. */
    private Integer reportedPercent;

    /** The commitment of the previous plan this one carries on, not completed there. */
    private Long carriedFromId;

    @Version
    private int version;

    protected CommitmentEntity() {
    }

    public CommitmentEntity(Long planId, int number, CommitmentText text) {
        this.planId = planId;
        this.number = number;
        this.completion = Completion.NOT_STARTED;
        update(text);
    }

    public void carryOn(Long previousCommitmentId) {
        this.carriedFromId = previousCommitmentId;
    }

    public void update(CommitmentText text) {
        this.title = text.title().strip();
        this.pillar = text.pillar();
        this.startDate = text.startDate();
        this.endDate = text.endDate();
        this.responsibleInstitution = Text.clean(text.responsibleInstitution());
        this.governmentPartners = Text.clean(text.governmentPartners());
        this.otherPartners = Text.clean(text.otherPartners());
        this.issue = Text.clean(text.issue());
        this.description = Text.clean(text.description());
        this.justification = Text.clean(text.justification());
        this.ogpValues.clear();
        if (text.ogpValues() != null) {
            this.ogpValues.addAll(text.ogpValues());
        }
        this.ogpRelevance = Text.clean(text.ogpRelevance());
        this.budget = Text.clean(text.budget());
        this.contactName = Text.clean(text.contactName());
        this.contactTitle = Text.clean(text.contactTitle());
        this.contactDepartment = Text.clean(text.contactDepartment());
        this.contactOrganization = Text.clean(text.contactOrganization());
        this.contactEmail = Text.clean(text.contactEmail());
        if (text.completion() != null) {
            this.completion = text.completion();
        }
    }

    /** As the roll-up rule ({@code Progress}) says, after an update on it or on one of its activities. */
    public void reportProgress(Completion completion, Integer reportedPercent) {
        this.completion = completion;
        this.reportedPercent = reportedPercent;
    }

    public void renumber(int number) {
        this.number = number;
    }

    public CommitmentText text() {
        return new CommitmentText(title, pillar, startDate, endDate, responsibleInstitution, governmentPartners,
                otherPartners, issue, description, justification,
                ogpValues.isEmpty() ? EnumSet.noneOf(OgpValue.class) : EnumSet.copyOf(ogpValues), ogpRelevance,
                budget, contactName, contactTitle, contactDepartment, contactOrganization, contactEmail, completion);
    }

    public Long getId() { return id; }
    public Long getPlanId() { return planId; }
    public int getNumber() { return number; }
    public String getTitle() { return title; }
    public Pillar getPillar() { return pillar; }
    public LocalDate getStartDate() { return startDate; }
    public LocalDate getEndDate() { return endDate; }
    public String getResponsibleInstitution() { return responsibleInstitution; }
    public String getGovernmentPartners() { return governmentPartners; }
    public String getOtherPartners() { return otherPartners; }
    public String getIssue() { return issue; }
    public String getDescription() { return description; }
    public String getJustification() { return justification; }
    public Set<OgpValue> getOgpValues() { return ogpValues; }
    public String getOgpRelevance() { return ogpRelevance; }
    public String getBudget() { return budget; }
    public String getContactName() { return contactName; }
    public String getContactTitle() { return contactTitle; }
    public String getContactDepartment() { return contactDepartment; }
    public String getContactOrganization() { return contactOrganization; }
    public String getContactEmail() { return contactEmail; }
    public Completion getCompletion() { return completion; }
    public Long getCarriedFromId() { return carriedFromId; }
    public Integer getReportedPercent() { return reportedPercent; }
}
