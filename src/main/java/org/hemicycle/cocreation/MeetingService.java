package org.hemicycle.cocreation;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.hemicycle.account.Actor;
import org.hemicycle.account.HemicycleUser;
import org.hemicycle.cocreation.internal.MeetingDocumentEntity;
import org.hemicycle.cocreation.internal.MeetingDocumentRepository;
import org.hemicycle.cocreation.internal.MeetingEntity;
import org.hemicycle.cocreation.internal.MeetingRegistrationEntity;
import org.hemicycle.cocreation.internal.MeetingRegistrationRepository;
import org.hemicycle.cocreation.internal.MeetingRepository;
import org.hemicycle.parliament.Parliament;
import org.hemicycle.parliament.ParliamentService;
import org.hemicycle.plan.ActionPlan;
import org.hemicycle.plan.MeetingFormat;
import org.hemicycle.plan.PlanPages;
import org.hemicycle.site.RecordVersion;
import org.hemicycle.site.TimeZones;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A plan's co-creation and follow-up meetings: scheduled and recorded by its point of contact, listed publicly with
 * a calendar, and open to registration when the organisers want it, up to a capacity.
 */
@Service
@Transactional(readOnly = true)
public class MeetingService {

    private final ParliamentService parliaments;
    private final PlanPages plans;
    private final MeetingRepository meetings;
    private final MeetingRegistrationRepository registrations;
    private final MeetingDocumentRepository documents;
    private final PlanChanges changes;

    MeetingService(ParliamentService parliaments, PlanPages plans, MeetingRepository meetings,
                   MeetingRegistrationRepository registrations, MeetingDocumentRepository documents,
                   PlanChanges changes) {
        this.parliaments = parliaments;
        this.plans = plans;
        this.meetings = meetings;
        this.registrations = registrations;
        this.documents = documents;
        this.changes = changes;
    }

    public MeetingsPage list(Actor actor, String parliamentSlug, String planSlug) {
        Parliament parliament = parliaments.bySlug(parliamentSlug);
        return listOf(actor, parliament, plans.readablePlan(actor, parliament.getId(), planSlug));
    }

    /** Every document attached to the plan's meetings, the latest added first, in one statement. */
    public List<MeetingDocument> documentsOf(Actor actor, String parliamentSlug, String planSlug) {
        Parliament parliament = parliaments.bySlug(parliamentSlug);
        return List.copyOf(documents.findOfPlan(plans.readablePlan(actor, parliament.getId(), planSlug).getId()));
    }

    public MeetingsPage workspace(Actor actor, Long planId) {
        ActionPlan plan = editable(actor, planId, CoCreationPolicy.Action.SCHEDULE_MEETING);
        return listOf(actor, parliaments.byId(plan.getParliamentId()), plan);
    }

    public MeetingPage page(Actor actor, String parliamentSlug, String planSlug, Long meetingId) {
        Parliament parliament = parliaments.bySlug(parliamentSlug);
        ActionPlan plan = plans.readablePlan(actor, parliament.getId(), planSlug);
        return pageOf(actor, parliament, plan, meetings.findByIdAndPlanId(meetingId, plan.getId()).orElseThrow(CoCreationNotFound::new));
    }

    public MeetingPage editablePage(Actor actor, Long meetingId) {
        MeetingEntity meeting = meetings.findById(meetingId).orElseThrow(CoCreationNotFound::new);
        ActionPlan plan = editable(actor, meeting.getPlanId(), CoCreationPolicy.Action.EDIT_MEETING);
        return pageOf(actor, parliaments.byId(plan.getParliamentId()), plan, meeting);
    }

    @Transactional
    public Meeting schedule(Actor actor, Long planId, MeetingDetails details) {
        ActionPlan plan = editable(actor, planId, CoCreationPolicy.Action.SCHEDULE_MEETING);
        check(details, null, 0);
        MeetingEntity meeting = meetings.save(new MeetingEntity(planId, details));
        changes.announce(plan);
        return meeting;
    }

    @Transactional
    public void update(Actor actor, Long meetingId, MeetingDetails details, @Nullable String seenVersion) {
        ActionPlan plan = editable(actor, planOf(meetingId), CoCreationPolicy.Action.EDIT_MEETING);
        MeetingEntity meeting = meetings.lockById(meetingId).orElseThrow(CoCreationNotFound::new);
        RecordVersion.check(seenVersion, meeting.details());
        check(details, meeting, registrations.countByMeetingId(meetingId));
        meeting.apply(details);
        changes.announce(plan);
    }

    /**
     * Registers the signed-in person. The meeting's row is locked while its registrations are counted, so that
     * people registering at the same moment never take more places than the capacity.
     */
    @Transactional
    public void register(Actor actor, Long meetingId) {
        // Who may register is known before the row is locked: no one else can hold a meeting's lock.
        ActionPlan plan = plans.readablePlan(actor, planOf(meetingId));
        CoCreationPolicy.TABLE.check(actor, CoCreationPolicy.Action.REGISTER, plan.getParliamentId());
        MeetingEntity meeting = meetings.lockById(meetingId).orElseThrow(CoCreationNotFound::new);
        Long accountId = ((HemicycleUser) actor).id();
        if (!meeting.isRegistration()) {
            throw new CoCreationRuleViolation(null, "cocreation.error.no-registration");
        }
        if (meeting.hasStarted(Instant.now())) {
            throw new CoCreationRuleViolation(null, "cocreation.error.registration-closed");
        }
        if (registrations.existsByMeetingIdAndAccountId(meetingId, accountId)) {
            // A second click, or the form sent from another tab: what was asked is already so.
            return;
        }
        if (meeting.getCapacity() != null && registrations.countByMeetingId(meetingId) >= meeting.getCapacity()) {
            throw new CoCreationRuleViolation(null, "cocreation.error.meeting-full");
        }
        registrations.save(new MeetingRegistrationEntity(meetingId, accountId));
        changes.announceRegistrations(plan);
    }

    @Transactional
    public void cancelRegistration(Actor actor, Long meetingId) {
        ActionPlan plan = plans.readablePlan(actor, planOf(meetingId));
        CoCreationPolicy.TABLE.check(actor, CoCreationPolicy.Action.REGISTER, plan.getParliamentId());
        MeetingEntity meeting = meetings.lockById(meetingId).orElseThrow(CoCreationNotFound::new);
        if (meeting.hasStarted(Instant.now())) {
            throw new CoCreationRuleViolation(null, "cocreation.error.registration-closed");
        }
        if (registrations.deleteByMeetingIdAndAccountId(meetingId, ((HemicycleUser) actor).id()) > 0) {
            changes.announceRegistrations(plan);
        }
    }

    private Long planOf(Long meetingId) {
        return meetings.findPlanIdById(meetingId).orElseThrow(CoCreationNotFound::new);
    }

    @Transactional
    public MeetingDocument addDocument(Actor actor, Long meetingId, NewDocument document) {
        MeetingEntity meeting = meetings.findById(meetingId).orElseThrow(CoCreationNotFound::new);
        ActionPlan plan = editable(actor, meeting.getPlanId(), CoCreationPolicy.Action.EDIT_MEETING);
        if (document.title() == null || document.title().isBlank()) {
            throw new CoCreationRuleViolation("title", "cocreation.error.document-title");
        }
        if (!isWebAddress(document.url())) {
            throw new CoCreationRuleViolation("url", "cocreation.error.web-address");
        }
        MeetingDocumentEntity saved = documents.save(new MeetingDocumentEntity(meetingId, document.title(), document.url()));
        changes.announce(plan);
        return saved;
    }

    @Transactional
    public void removeDocument(Actor actor, Long meetingId, Long documentId) {
        MeetingEntity meeting = meetings.findById(meetingId).orElseThrow(CoCreationNotFound::new);
        ActionPlan plan = editable(actor, meeting.getPlanId(), CoCreationPolicy.Action.EDIT_MEETING);
        documents.delete(documents.findByIdAndMeetingId(documentId, meetingId).orElseThrow(CoCreationNotFound::new));
        changes.announce(plan);
    }

    public static List<String> timeZones() {
        return TimeZones.OFFERED;
    }

    /** Everything a meeting must be, beyond each field's own format. */
    private static void check(MeetingDetails details, @Nullable Meeting current, long registered) {
        required("title", details.title());
        required("purpose", details.purpose());
        required("format", details.format());
        required("date", details.date());
        required("startsAt", details.startsAt());
        required("endsAt", details.endsAt());
        TimeZones.PeriodProblem problem = TimeZones.problemOf(details.date().atTime(details.startsAt()),
                details.date().atTime(details.endsAt()), details.timeZone());
        if (problem != null) {
            throw switch (problem) {
                case ZONE_NOT_OFFERED -> new CoCreationRuleViolation("timeZone", "cocreation.error.time-zone");
                case START_SKIPPED -> new CoCreationRuleViolation("startsAt", "cocreation.error.time-not-in-zone");
                case END_SKIPPED -> new CoCreationRuleViolation("endsAt", "cocreation.error.time-not-in-zone");
                case END_NOT_AFTER_START -> new CoCreationRuleViolation("endsAt", "cocreation.error.ends-before-start");
            };
        }
        ZoneId zone = ZoneId.of(details.timeZone());
        MeetingFormat format = details.format();
        if (format != MeetingFormat.VIRTUAL && blank(details.place())) {
            throw new CoCreationRuleViolation("place", "cocreation.error.place-required");
        }
        if (format != MeetingFormat.IN_PERSON && blank(details.onlineLink())) {
            throw new CoCreationRuleViolation("onlineLink", "cocreation.error.link-required");
        }
        if (!blank(details.onlineLink()) && !isWebAddress(details.onlineLink())) {
            throw new CoCreationRuleViolation("onlineLink", "cocreation.error.web-address");
        }
        if (!details.opensRegistration() && details.capacity() != null) {
            throw new CoCreationRuleViolation("capacity", "cocreation.error.capacity-without-registration");
        }
        if (details.capacity() != null && details.capacity() < registered) {
            throw new CoCreationRuleViolation("capacity", "cocreation.error.capacity-below-registered");
        }
        boolean recordsTheMeeting = details.attendance() != null || !blank(details.minutes()) || !blank(details.decisions());
        Instant startsAt = details.date().atTime(details.startsAt()).atZone(zone).toInstant();
        if (recordsTheMeeting && startsAt.isAfter(Instant.now())) {
            throw new CoCreationRuleViolation(details.attendance() != null ? "attendance" : "minutes",
                    "cocreation.error.record-before-meeting");
        }
    }

    private static void required(String field, @Nullable Object value) {
        if (value == null || (value instanceof String text && text.isBlank())) {
            throw new CoCreationRuleViolation(field, "cocreation.error.required");
        }
    }

    private static boolean isWebAddress(@Nullable String address) {
        if (address == null || address.isBlank()) {
            return false;
        }
        try {
            URI uri = URI.create(address.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null;
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    private static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }

    private MeetingsPage listOf(Actor actor, Parliament parliament, ActionPlan plan) {
        Instant now = Instant.now();
        List<Meeting> all = List.copyOf(meetings.findByPlanIdOrderByStartsAtAsc(plan.getId()));
        List<Meeting> upcoming = all.stream().filter(meeting -> !meeting.hasStarted(now)).toList();
        List<Meeting> held = all.stream().filter(meeting -> meeting.hasStarted(now))
                .sorted((a, b) -> b.getStartsAt().compareTo(a.getStartsAt())).toList();
        return new MeetingsPage(parliament, plan, upcoming, held,
                CoCreationPolicy.TABLE.allows(actor, CoCreationPolicy.Action.SCHEDULE_MEETING, plan.getParliamentId()));
    }

    private MeetingPage pageOf(Actor actor, Parliament parliament, ActionPlan plan, MeetingEntity meeting) {
        boolean signedIn = actor instanceof HemicycleUser;
        boolean registeredSelf = actor instanceof HemicycleUser user
                && registrations.existsByMeetingIdAndAccountId(meeting.getId(), user.id());
        return new MeetingPage(parliament, plan, meeting,
                List.copyOf(documents.findByMeetingIdOrderByAddedAtAscIdAsc(meeting.getId())),
                registrations.countByMeetingId(meeting.getId()), registeredSelf, signedIn,
                CoCreationPolicy.TABLE.allows(actor, CoCreationPolicy.Action.EDIT_MEETING, plan.getParliamentId()),
                Instant.now());
    }

    private ActionPlan editable(Actor actor, Long planId, CoCreationPolicy.Action action) {
        ActionPlan plan = plans.editablePlan(actor, planId);
        CoCreationPolicy.TABLE.check(actor, action, plan.getParliamentId());
        return plan;
    }

}
