package org.hemicycle.plan.internal;

import jakarta.persistence.*;
import java.time.LocalDate;
import org.hemicycle.plan.CoCreationMeeting;
import org.hemicycle.plan.MeetingFormat;
import org.hemicycle.plan.NewMeeting;
import org.hemicycle.site.Text;

@Entity(name = "CoCreationMeeting")
@Table(name = "co_creation_meeting")
public class CoCreationMeetingEntity implements CoCreationMeeting {

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

    protected CoCreationMeetingEntity() {
    }

    public CoCreationMeetingEntity(Long planId, NewMeeting meeting) {
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
