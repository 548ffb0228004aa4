package org.hemicycle.demo;

import java.time.LocalDate;
import java.util.List;
import java.security.SecureRandom;
import java.util.Base64;
import org.hemicycle.account.AccountService;
import org.hemicycle.account.Actor;
import org.hemicycle.account.HemicycleUser;
import org.hemicycle.account.NewAccount;
import org.hemicycle.commitment.AssessmentSource;
import org.hemicycle.review.AssessmentForm;
import org.hemicycle.review.ReviewService;
import org.hemicycle.monitoring.EvidenceUpload;
import org.hemicycle.monitoring.MonitoringService;
import org.hemicycle.monitoring.NewReading;
import org.hemicycle.monitoring.NewUpdate;
import org.jspecify.annotations.Nullable;
import org.hemicycle.cocreation.ForumService;
import org.hemicycle.cocreation.ForumText;
import org.hemicycle.cocreation.Meeting;
import org.hemicycle.cocreation.MeetingDetails;
import org.hemicycle.cocreation.MeetingService;
import org.hemicycle.cocreation.NewDocument;
import org.hemicycle.cocreation.NewForumMember;
import org.hemicycle.commitment.Commitment;
import org.hemicycle.commitment.CommitmentService;
import org.hemicycle.commitment.CommitmentText;
import org.hemicycle.commitment.NewActivity;
import org.hemicycle.commitment.NewIndicator;
import org.hemicycle.commitment.WholeCommitment;
import org.hemicycle.parliament.NewParliament;
import org.hemicycle.parliament.Parliament;
import org.hemicycle.news.NewPost;
import org.hemicycle.news.NewsService;
import org.hemicycle.parliament.ParliamentService;
import org.hemicycle.plan.*;
import org.hemicycle.version.VersionKind;
import org.hemicycle.version.VersionService;
import org.springframework.stereotype.Component;

/**
 * The demo installation's author: the platform itself, named in the plans' public history as the demo data.
 * It goes through the same services and rules an editor's requests do, without pretending to be signed in.
 */
@Component
class DemoEditor {

    static final Actor DEMO = Actor.platform("Hemicycle demo data");

    private final ParliamentService parliaments;
    private final PlanCycle cycle;
    private final PlanStepLists lists;
    private final CommitmentService commitments;
    private final ForumService forums;
    private final MeetingService meetings;
    private final VersionService versions;
    private final MonitoringService monitoring;
    private final ReviewService reviews;
    private final NewsService news;
    private static final SecureRandom RANDOM = new SecureRandom();

    DemoEditor(ParliamentService parliaments, PlanCycle cycle, PlanStepLists lists, CommitmentService commitments,
               ForumService forums, MeetingService meetings, VersionService versions, MonitoringService monitoring,
               ReviewService reviews, NewsService news) {
        this.news = news;
        this.reviews = reviews;
        this.versions = versions;
        this.monitoring = monitoring;
        this.parliaments = parliaments;
        this.cycle = cycle;
        this.lists = lists;
        this.commitments = commitments;
        this.forums = forums;
        this.meetings = meetings;
    }

    void describeForum(Long planId, ForumText text) {
        forums.describe(DEMO, planId, text, null);
    }

    void addForumMember(Long planId, NewForumMember member) {
        forums.addMember(DEMO, planId, member);
    }

    Meeting schedule(Long planId, MeetingDetails meeting) {
        return meetings.schedule(DEMO, planId, meeting);
    }

    void addDocument(Long meetingId, NewDocument document) {
        meetings.addDocument(DEMO, meetingId, document);
    }

    Parliament register(NewParliament parliament) {
        return parliaments.register(DEMO, parliament);
    }

    ActionPlan create(Long parliamentId, PlanDetails details, LocalDate startedOn) {
        return cycle.create(DEMO, parliamentId, details, startedOn);
    }

    void record(Long planId, PoliticalWill step) {
        cycle.record(DEMO, planId, step, null);
    }

    void record(Long planId, LeadBody step) {
        cycle.record(DEMO, planId, step, null);
    }

    void record(Long planId, PointOfContact step) {
        cycle.record(DEMO, planId, step, null);
    }

    void record(Long planId, CivilSocietyEngagement step) {
        cycle.record(DEMO, planId, step, null);
    }

    void record(Long planId, CoCreationDesign step) {
        cycle.record(DEMO, planId, step, null);
    }

    void record(Long planId, Adoption step) {
        cycle.record(DEMO, planId, step, null);
    }

    void recordImplementation(Long planId, Narrative step) {
        cycle.recordImplementation(DEMO, planId, step, null);
    }

    void advance(Long planId, LocalDate reachedOn) {
        cycle.advance(DEMO, planId, reachedOn);
    }

    void publish(Long planId) {
        cycle.publish(DEMO, planId);
    }

    void addMember(Long planId, NewMember member) {
        lists.addMember(DEMO, planId, member);
    }

    void addOrganization(Long planId, NewOrganization organization) {
        lists.addOrganization(DEMO, planId, organization);
    }

    void addMeeting(Long planId, NewMeeting meeting) {
        lists.addMeeting(DEMO, planId, meeting);
    }

    Commitment add(Long planId, CommitmentText text) {
        return commitments.add(DEMO, planId, text);
    }

    void addActivity(Long commitmentId, NewActivity activity) {
        commitments.addActivity(DEMO, commitmentId, activity);
    }

    void addIndicator(Long commitmentId, NewIndicator indicator) {
        commitments.addIndicator(DEMO, commitmentId, indicator);
    }

    /** Posted as the plan's point of contact would, named as the demo's. */
    void postUpdate(String author, Long commitmentId, NewUpdate update, @Nullable EvidenceUpload file) {
        monitoring.post(Actor.platform(author), commitmentId, update, file);
    }

    /** A demo participant: an account with a password nobody knows, there to have written something. */
    static HemicycleUser citizen(AccountService accounts, String name) {
        String email = "demo-" + name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]+", "-") + "@demo.hemicycle.invalid";
        byte[] secret = new byte[24];
        RANDOM.nextBytes(secret);
        accounts.create(DEMO, new NewAccount(email, name, Base64.getEncoder().encodeToString(secret), null));
        return accounts.loadUserByUsername(email);
    }

    void assess(String author, Long commitmentId, AssessmentSource source, AssessmentForm assessment) {
        reviews.assess(Actor.platform(author), commitmentId, source, assessment, null);
    }

    void postNews(String author, Long planId, String title, String markdown) {
        news.publish(Actor.platform(author), planId, new NewPost(title, markdown));
    }

    ReviewService reviews() {
        return reviews;
    }

    void recordReading(String author, Long commitmentId, NewReading reading) {
        monitoring.record(Actor.platform(author), commitmentId, reading);
    }

    void update(Long commitmentId, CommitmentText text) {
        commitments.update(DEMO, commitmentId, text, null);
    }

    void updateActivity(Long commitmentId, Long activityId, NewActivity activity) {
        commitments.updateActivity(DEMO, commitmentId, activityId, activity, null);
    }

    List<WholeCommitment> commitmentsOf(Long planId) {
        return commitments.wholeCommitmentsOf(DEMO, planId);
    }

    void saveVersion(Long planId, VersionKind kind, String label) {
        versions.take(DEMO, planId, kind, label);
    }

    void openAmendment(Long planId, String reason) {
        versions.openAmendment(DEMO, planId, reason);
    }

    void recordAmendment(Long planId) {
        versions.recordAmendment(DEMO, planId);
    }
}
