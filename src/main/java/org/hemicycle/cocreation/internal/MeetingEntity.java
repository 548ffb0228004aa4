package org.hemicycle.cocreation.internal;

import jakarta.persistence.*;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.hemicycle.cocreation.Meeting;
import org.hemicycle.cocreation.MeetingDetails;
import org.hemicycle.cocreation.MeetingPurpose;
import org.hemicycle.plan.MeetingFormat;
import org.hemicycle.site.Text;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "meeting")
public class MeetingEntity implements Meeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long planId;
    private String title;

    @Enumerated(EnumType.STRING)
    private MeetingPurpose purpose;

    @Enumerated(EnumType.STRING)
    private MeetingFormat format;

    private Instant startsAt;
    private Instant endsAt;
    private String timeZone;
    private @Nullable String place;
    private @Nullable String onlineLink;
    private @Nullable String agenda;
    private boolean registration;
    private @Nullable Integer capacity;
    private @Nullable Integer attendance;
    private @Nullable String minutes;
    private @Nullable String decisions;

    private Instant updatedAt;

    @Version
    private int version;

    protected MeetingEntity() {
    }

    public MeetingEntity(Long planId, MeetingDetails details) {
        this.planId = planId;
        apply(details);
    }

    /** The details are checked by MeetingService first: every required field is there, the times exist in the zone. */
    public void apply(MeetingDetails details) {
        ZoneId zone = ZoneId.of(details.timeZone());
        this.title = Text.clean(details.title());
        this.purpose = details.purpose();
        this.format = details.format();
        this.timeZone = zone.getId();
        this.startsAt = ZonedDateTime.of(details.date(), details.startsAt(), zone).toInstant();
        this.endsAt = ZonedDateTime.of(details.date(), details.endsAt(), zone).toInstant();
        this.place = Text.clean(details.place());
        this.onlineLink = Text.clean(details.onlineLink());
        this.agenda = Text.clean(details.agenda());
        this.registration = details.opensRegistration();
        this.capacity = registration ? details.capacity() : null;
        this.attendance = details.attendance();
        this.minutes = Text.clean(details.minutes());
        this.decisions = Text.clean(details.decisions());
        this.updatedAt = Instant.now();
    }

    @Override
    public MeetingDetails details() {
        ZonedDateTime start = start();
        return new MeetingDetails(title, purpose, format, start.toLocalDate(), start.toLocalTime(), end().toLocalTime(),
                timeZone, place, onlineLink, agenda, registration, capacity, attendance, minutes, decisions);
    }

    @Override public Long getId() { return id; }
    @Override public Long getPlanId() { return planId; }
    @Override public String getTitle() { return title; }
    @Override public MeetingPurpose getPurpose() { return purpose; }
    @Override public MeetingFormat getFormat() { return format; }
    @Override public Instant getStartsAt() { return startsAt; }
    @Override public Instant getEndsAt() { return endsAt; }
    @Override public String getTimeZone() { return timeZone; }
    @Override public @Nullable String getPlace() { return place; }
    @Override public @Nullable String getOnlineLink() { return onlineLink; }
    @Override public @Nullable String getAgenda() { return agenda; }
    @Override public boolean isRegistration() { return registration; }
    @Override public @Nullable Integer getCapacity() { return capacity; }
    @Override public @Nullable Integer getAttendance() { return attendance; }
    @Override public @Nullable String getMinutes() { return minutes; }
    @Override public @Nullable String getDecisions() { return decisions; }
    @Override public Instant getUpdatedAt() { return updatedAt; }
}
