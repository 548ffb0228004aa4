package org.hemicycle.following;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.hemicycle.account.Actor;
import org.hemicycle.cocreation.Meeting;
import org.hemicycle.cocreation.MeetingDocument;
import org.hemicycle.cocreation.MeetingService;
import org.hemicycle.cocreation.MeetingsPage;
import org.hemicycle.consultation.Consultation;
import org.hemicycle.consultation.ConsultationFacts;
import org.hemicycle.consultation.ConsultationNews;
import org.hemicycle.consultation.ConsultationService;
import org.hemicycle.consultation.Idea;
import org.hemicycle.following.News.Kind;
import org.hemicycle.news.NewsPost;
import org.hemicycle.news.NewsService;
import org.hemicycle.parliament.Parliament;
import org.hemicycle.parliament.ParliamentService;
import org.hemicycle.plan.ActionPlan;
import org.hemicycle.plan.PhaseTransition;
import org.hemicycle.plan.PlanPage;
import org.hemicycle.plan.PlanPages;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The news of a plan or a consultation, read as an anonymous visitor reads it (so that nothing a follower is sent is
 * more than the public sees), the latest first: for a plan, its publication, its news posts, the steps it reached, its meetings as
 * scheduled or recorded, their documents and its consultations; for a consultation, its listed contributions and
 * answers.
 */
@Component
@Transactional(readOnly = true)
public class NewsReader {

    /** The most news read of each kind: a feed's length, and more than a week of a busy consultation's digest needs. */
    public static final int MOST = 50;
    /** How much of a news post's text a feed entry and a message give, in characters. */
    static final int SUMMARY = 400;

    private final ParliamentService parliaments;
    private final PlanPages plans;
    private final MeetingService meetings;
    private final ConsultationService consultations;
    private final NewsService posts;

    NewsReader(ParliamentService parliaments, PlanPages plans, MeetingService meetings, ConsultationService consultations,
               NewsService posts) {
        this.posts = posts;
        this.parliaments = parliaments;
        this.plans = plans;
        this.meetings = meetings;
        this.consultations = consultations;
    }

    /** What a page or a feed is about, refused (as not found) when the public cannot read it. */
    public Followed followed(String parliamentSlug, String planSlug, @Nullable Long consultationId) {
        Parliament parliament = parliaments.bySlug(parliamentSlug);
        ActionPlan plan = plans.readablePlan(Actor.VISITOR, parliament.getId(), planSlug);
        if (consultationId == null) {
            return new Followed(parliament, plan, null, null);
        }
        Consultation consultation = consultations.ofPlan(Actor.VISITOR, plan.getId(), consultationId);
        return new Followed(parliament, plan, consultation.getId(), consultation.getTitle());
    }

    /** The same, for a subscription's plan and consultation. */
    public Followed followed(Long planId, @Nullable Long consultationId) {
        ActionPlan plan = plans.readablePlan(Actor.VISITOR, planId);
        return followed(parliaments.byId(plan.getParliamentId()).getSlug(), plan.getSlug(), consultationId);
    }

    public List<News> of(Followed followed) {
        List<News> news = followed.consultationId() == null ? ofPlan(followed) : ofConsultation(followed);
        return news.stream().sorted(Comparator.comparing(News::at).reversed()).limit(MOST).toList();
    }

    /** The news after {@code since}, the oldest first, as a message tells it. */
    public List<News> since(Followed followed, Instant since) {
        return of(followed).stream().filter(news -> news.at().isAfter(since)).sorted(Comparator.comparing(News::at)).toList();
    }

    private List<News> ofPlan(Followed followed) {
        String parliament = followed.parliament().getSlug();
        String planSlug = followed.plan().getSlug();
        String base = followed.path();
        PlanPage page = plans.page(Actor.VISITOR, parliament, planSlug);
        List<News> news = new ArrayList<>();
        if (page.plan().getPublishedAt() != null) {
            news.add(new News(Kind.PLAN_PUBLISHED, page.plan().getTitle(), page.plan().getPublishedAt(), base));
        }
        for (PhaseTransition transition : page.transitions()) {
            if (transition.getFromPhase() != null) {
                news.add(new News(Kind.STEP_REACHED, transition.getToPhase().name(), transition.getMovedAt(), base + "#cycle"));
            }
        }
        MeetingsPage all = meetings.list(Actor.VISITOR, parliament, planSlug);
        for (Meeting meeting : all.upcoming()) {
            news.add(new News(Kind.MEETING, meeting.getTitle(), meeting.getUpdatedAt(), base + "/meetings/" + meeting.getId()));
        }
        for (Meeting meeting : all.held()) {
            news.add(new News(Kind.MEETING, meeting.getTitle(), meeting.getUpdatedAt(), base + "/meetings/" + meeting.getId()));
        }
        for (MeetingDocument document : meetings.documentsOf(Actor.VISITOR, parliament, planSlug)) {
            news.add(new News(Kind.MEETING_DOCUMENT, document.getTitle(), document.getAddedAt(), base + "/meetings/" + document.getMeetingId()));
        }
        for (ConsultationFacts facts : consultations.factsOf(Actor.VISITOR, page.plan().getId())) {
            Consultation consultation = facts.consultation();
            news.add(new News(Kind.CONSULTATION_OPENED, consultation.getTitle(), consultation.getCreatedAt(),
                    base + "/consultations/" + consultation.getId()));
        }
        for (NewsPost post : posts.latestOf(Actor.VISITOR, page.plan().getId(), MOST)) {
            news.add(new News(Kind.NEWS_POST, post.title(), post.postedAt(), base + "/news/" + post.id(), post.excerpt(SUMMARY)));
        }
        return news;
    }

    private List<News> ofConsultation(Followed followed) {
        ConsultationNews latest = consultations.newsOf(Actor.VISITOR, followed.consultationId(), MOST);
        String base = followed.path();
        List<News> news = new ArrayList<>();
        for (Idea contribution : latest.contributions()) {
            news.add(new News(Kind.CONTRIBUTION, contribution.getTitle(), contribution.getCreatedAt(), base + "/ideas/" + contribution.getId()));
        }
        for (Idea answered : latest.answered()) {
            news.add(new News(Kind.ANSWER, answered.getTitle(), answered.getAnsweredAt(), base + "/ideas/" + answered.getId()));
        }
        return news;
    }
}
