package org.hemicycle.plan.internal;

import jakarta.persistence.*;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hemicycle.plan.ActionPlan;
import org.hemicycle.plan.Adoption;
import org.hemicycle.plan.AuthorizationMechanism;
import org.hemicycle.plan.CivilSocietyEngagement;
import org.hemicycle.plan.CoCreationDesign;
import org.hemicycle.plan.LeadBody;
import org.hemicycle.plan.Narrative;
import org.hemicycle.plan.PlanDetails;
import org.hemicycle.plan.PlanPhase;
import org.hemicycle.plan.PointOfContact;
import org.hemicycle.plan.PoliticalWill;
import org.hemicycle.site.Text;

@Entity(name = "ActionPlan")
@Table(name = "action_plan")
public class ActionPlanEntity implements ActionPlan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "parliament_id")
    private Long parliamentId;

    private String slug;
    private String title;
    private String contentLanguage;
    private String summary;
    private LocalDate periodStart;
    private LocalDate periodEnd;

    @Enumerated(EnumType.STRING)
    private PlanPhase phase;

    private boolean published;
    private Instant publishedAt;

    private String politicalWill;
    private Boolean ogpAnnex;
    private String ogpAnnexNotes;

    @ElementCollection
    @CollectionTable(name = "plan_chamber", joinColumns = @JoinColumn(name = "plan_id"))
    @Column(name = "chamber_id")
    private Set<Long> chamberIds = new LinkedHashSet<>();

    private String leadBodyName;
    private String leadBodyMandate;
    @Enumerated(EnumType.STRING)
    private AuthorizationMechanism authorizationMechanism;
    private String authorizationDetails;
    private String leadBodyResources;
    private String leadBodyPriorities;

    private String contactPointName;
    private String contactPointTitle;
    private String contactPointDepartment;
    private String contactPointEmail;
    private String contactPointResponsibilities;

    private String csoSelectionCriteria;
    private String csoSelectionProcess;
    private String forumName;
    private String forumRules;

    private Integer inPersonMeetings;
    private Integer virtualMeetings;
    private String onlineConsultations;
    private String developmentTimeline;
    private String rulesOfEngagement;
    private String decisionMaking;
    private String civilSocietyRole;
    private String communicationsPlan;

    @Enumerated(EnumType.STRING)
    private AuthorizationMechanism adoptionMechanism;
    private LocalDate adoptedOn;
    private String adoptionReference;
    private String adoptionDocumentUrl;
    private Boolean submittedAsNapAnnex;

    private String implementationStrategy;
    private String monitoringApproach;
    private String lessonsLearned;
    private Long previousPlanId;

    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private int version;

    protected ActionPlanEntity() {
    }

    public ActionPlanEntity(Long parliamentId, String slug, PlanDetails details) {
        this.parliamentId = parliamentId;
        this.slug = slug;
        this.phase = PlanPhase.POLITICAL_WILL;
        this.createdAt = Instant.now();
        describe(details);
    }

    public void describe(PlanDetails details) {
        this.title = details.title().strip();
        this.summary = Text.clean(details.summary());
        this.periodStart = details.periodStart();
        this.periodEnd = details.periodEnd();
        this.contentLanguage = details.contentLanguage();
        touch();
    }

    public void record(PoliticalWill step) {
        this.politicalWill = Text.clean(step.politicalWill());
        this.chamberIds.clear();
        if (step.chamberIds() != null) {
            this.chamberIds.addAll(step.chamberIds());
        }
        this.ogpAnnex = step.ogpAnnex();
        this.ogpAnnexNotes = Text.clean(step.ogpAnnexNotes());
        touch();
    }

    public void record(LeadBody step) {
        this.leadBodyName = Text.clean(step.name());
        this.leadBodyMandate = Text.clean(step.mandate());
        this.authorizationMechanism = step.authorizationMechanism();
        this.authorizationDetails = Text.clean(step.authorizationDetails());
        this.leadBodyResources = Text.clean(step.resources());
        this.leadBodyPriorities = Text.clean(step.priorities());
        touch();
    }

    public void record(PointOfContact step) {
        this.contactPointName = Text.clean(step.name());
        this.contactPointTitle = Text.clean(step.title());
        this.contactPointDepartment = Text.clean(step.department());
        this.contactPointEmail = Text.clean(step.email());
        this.contactPointResponsibilities = Text.clean(step.responsibilities());
        touch();
    }

    public void record(CivilSocietyEngagement step) {
        this.csoSelectionCriteria = Text.clean(step.selectionCriteria());
        this.csoSelectionProcess = Text.clean(step.selectionProcess());
        this.forumName = Text.clean(step.forumName());
        this.forumRules = Text.clean(step.forumRules());
        touch();
    }

    public void record(CoCreationDesign step) {
        this.inPersonMeetings = step.inPersonMeetings();
        this.virtualMeetings = step.virtualMeetings();
        this.onlineConsultations = Text.clean(step.onlineConsultations());
        this.developmentTimeline = Text.clean(step.developmentTimeline());
        this.rulesOfEngagement = Text.clean(step.rulesOfEngagement());
        this.decisionMaking = Text.clean(step.decisionMaking());
        this.civilSocietyRole = Text.clean(step.civilSocietyRole());
        this.communicationsPlan = Text.clean(step.communicationsPlan());
        touch();
    }

    public void record(Adoption step) {
        this.adoptionMechanism = step.mechanism();
        this.adoptedOn = step.adoptedOn();
        this.adoptionReference = Text.clean(step.reference());
        this.adoptionDocumentUrl = Text.clean(step.documentUrl());
        this.submittedAsNapAnnex = step.submittedAsNapAnnex();
        touch();
    }

    public void recordImplementation(Narrative step) {
        this.implementationStrategy = Text.clean(step.text());
        touch();
    }

    public void recordMonitoring(Narrative step) {
        this.monitoringApproach = Text.clean(step.text());
        touch();
    }

    public void recordLessons(Narrative step) {
        this.lessonsLearned = Text.clean(step.text());
        touch();
    }

    /** A draft's address follows its period's years; see PlanService.updateDetails. */
    public void readdress(String slug) {
        this.slug = slug;
        touch();
    }

    /** Names the plan this one follows: once, when it is started from it. */
    public void follow(Long previousPlanId) {
        this.previousPlanId = previousPlanId;
    }

    public void moveTo(PlanPhase next) {
        this.phase = next;
        touch();
    }

    public void publish() {
        if (!published) {
            this.published = true;
            this.publishedAt = Instant.now();
            touch();
        }
    }

    public boolean covers(LocalDate date) {
        return date != null && !date.isBefore(periodStart) && !date.isAfter(periodEnd);
    }

    private void touch() {
        this.updatedAt = Instant.now();
    }

    public PlanDetails details() {
        return new PlanDetails(title, summary, periodStart, periodEnd, contentLanguage);
    }

    public PoliticalWill politicalWillStep() {
        return new PoliticalWill(politicalWill, chamberIds.stream().sorted().toList(), ogpAnnex, ogpAnnexNotes);
    }

    public LeadBody leadBody() {
        return new LeadBody(leadBodyName, leadBodyMandate, authorizationMechanism, authorizationDetails,
                leadBodyResources, leadBodyPriorities);
    }

    public PointOfContact pointOfContact() {
        return new PointOfContact(contactPointName, contactPointTitle, contactPointDepartment, contactPointEmail,
                contactPointResponsibilities);
    }

    public CivilSocietyEngagement civilSocietyEngagement() {
        return new CivilSocietyEngagement(csoSelectionCriteria, csoSelectionProcess, forumName, forumRules);
    }

    public CoCreationDesign coCreationDesign() {
        return new CoCreationDesign(inPersonMeetings, virtualMeetings, onlineConsultations, developmentTimeline,
                rulesOfEngagement, decisionMaking, civilSocietyRole, communicationsPlan);
    }

    public Adoption adoption() {
        return new Adoption(adoptionMechanism, adoptedOn, adoptionReference, adoptionDocumentUrl, submittedAsNapAnnex);
    }

    public Long getId() { return id; }
    public Long getParliamentId() { return parliamentId; }
    public String getSlug() { return slug; }
    public String getTitle() { return title; }
    public String getContentLanguage() { return contentLanguage; }
    public String getSummary() { return summary; }
    public LocalDate getPeriodStart() { return periodStart; }
    public LocalDate getPeriodEnd() { return periodEnd; }
    public PlanPhase getPhase() { return phase; }
    public boolean isPublished() { return published; }
    public Instant getPublishedAt() { return publishedAt; }
    public Set<Long> getChamberIds() { return chamberIds; }
    public String getImplementationStrategy() { return implementationStrategy; }
    public String getMonitoringApproach() { return monitoringApproach; }
    public String getLessonsLearned() { return lessonsLearned; }
    public Long getPreviousPlanId() { return previousPlanId; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
}
