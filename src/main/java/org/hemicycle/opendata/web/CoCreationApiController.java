package org.hemicycle.opendata.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.hemicycle.account.Actor;
import org.hemicycle.cocreation.ForumMember;
import org.hemicycle.cocreation.ForumPage;
import org.hemicycle.cocreation.ForumService;
import org.hemicycle.cocreation.ForumSide;
import org.hemicycle.cocreation.Meeting;
import org.hemicycle.cocreation.MeetingPage;
import org.hemicycle.cocreation.MeetingPurpose;
import org.hemicycle.cocreation.MeetingService;
import org.hemicycle.cocreation.MeetingsPage;
import org.hemicycle.plan.MeetingFormat;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A plan's forum and meetings as JSON, at the addresses of their pages under /api/v1. */
@RestController
@RequestMapping(path = "/api/v1/parliaments/{parliament}/plans/{plan}", produces = "application/json")
@Tag(name = "Co-creation", description = "The forum and the meetings of each plan")
class CoCreationApiController {

    record MemberDocument(String name, ForumSide side, @Nullable String role, @Nullable String organization,
                          @Nullable String appointedHow, @Nullable LocalDate joinedOn) {
    }

    record ForumDocument(@Nullable String appointmentProcess, @Nullable String rules, long parliamentMembers,
                         long civilSocietyMembers, List<MemberDocument> members) {
    }

    /** A meeting: its instants in UTC, and the time zone its organisers set them in. */
    record MeetingDocument(Long id, String title, MeetingPurpose purpose, MeetingFormat format, Instant startsAt,
                           Instant endsAt, String timeZone, @Nullable String place, @Nullable String onlineLink,
                           @Nullable String agenda, boolean registration, @Nullable Integer capacity,
                           @Nullable Integer attendance, @Nullable String minutes, @Nullable String decisions) {
    }

    record LinkDocument(String title, String url) {
    }

    record MeetingWithDocuments(MeetingDocument meeting, long registrations, List<LinkDocument> documents) {
    }

    private final ForumService forums;
    private final MeetingService meetings;

    CoCreationApiController(ForumService forums, MeetingService meetings) {
        this.forums = forums;
        this.meetings = meetings;
    }

    @GetMapping("/forum")
    @Operation(summary = "The plan's multi-stakeholder forum: how members were appointed, its rules, its members")
    ForumDocument forum(@Parameter(hidden = true) Actor actor, @PathVariable String parliament, @PathVariable String plan) {
        ForumPage page = forums.page(actor, parliament, plan);
        return new ForumDocument(page.text().appointmentProcess(), page.text().rules(), page.on(ForumSide.PARLIAMENT).size(),
                page.on(ForumSide.CIVIL_SOCIETY).size(), page.members().stream().map(CoCreationApiController::member).toList());
    }

    @GetMapping("/meetings")
    @Operation(summary = "The plan's co-creation and follow-up meetings, in the order they are held")
    List<MeetingDocument> meetings(@Parameter(hidden = true) Actor actor, @PathVariable String parliament, @PathVariable String plan) {
        MeetingsPage page = meetings.list(actor, parliament, plan);
        List<Meeting> held = new ArrayList<>(page.held());
        Collections.reverse(held);
        return Stream.concat(held.stream(), page.upcoming().stream()).map(CoCreationApiController::meeting).toList();
    }

    @GetMapping("/meetings/{id}")
    @Operation(summary = "One meeting, with its documents and the number registered")
    MeetingWithDocuments meeting(@Parameter(hidden = true) Actor actor, @PathVariable String parliament, @PathVariable String plan,
                                 @PathVariable Long id) {
        MeetingPage page = meetings.page(actor, parliament, plan, id);
        return new MeetingWithDocuments(meeting(page.meeting()), page.registrations(),
                page.documents().stream().map(document -> new LinkDocument(document.getTitle(), document.getUrl())).toList());
    }

    private static MemberDocument member(ForumMember member) {
        return new MemberDocument(member.getName(), member.getSide(), member.getRole(), member.getOrganization(),
                member.getAppointedHow(), member.getJoinedOn());
    }

    private static MeetingDocument meeting(Meeting meeting) {
        return new MeetingDocument(meeting.getId(), meeting.getTitle(), meeting.getPurpose(), meeting.getFormat(),
                meeting.getStartsAt(), meeting.getEndsAt(), meeting.getTimeZone(), meeting.getPlace(), meeting.getOnlineLink(),
                meeting.getAgenda(), meeting.isRegistration(), meeting.getCapacity(), meeting.getAttendance(),
                meeting.getMinutes(), meeting.getDecisions());
    }
}
