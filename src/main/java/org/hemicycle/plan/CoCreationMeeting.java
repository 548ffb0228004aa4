package org.hemicycle.plan;

import jakarta.persistence.*;
import java.time.LocalDate;

@Entity
@Table(name = "co_creation_meeting")
public class CoCreationMeeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plan_id")
    private Long planId;

    private String title;
    private LocalDate heldOn;

    @Enumerated(EnumType.STRING)
    private MeetingFormat format;

    private String summary;

    protected CoCreationMeeting() {
    }

    CoCreationMeeting(Long planId, NewMeeting meeting) {
        this.planId = planId;
        this.title = meeting.title().strip();
        this.heldOn = meeting.heldOn();
        this.format = meeting.format();
        this.summary = Text.clean(meeting.summary());
    }

    public Long getId() { return id; }
    public Long getPlanId() { return planId; }
    public String getTitle() { return title; }
    public LocalDate getHeldOn() { return heldOn; }
    public MeetingFormat getFormat() { return format; }
    public String getSummary() { return summary; }
}
