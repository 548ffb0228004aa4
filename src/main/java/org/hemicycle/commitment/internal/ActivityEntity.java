package org.hemicycle.commitment.internal;

import jakarta.persistence.*;
import java.time.LocalDate;
import org.hemicycle.commitment.Activity;
import org.hemicycle.commitment.NewActivity;
import org.hemicycle.site.Text;

@Entity(name = "Activity")
@Table(name = "activity")
public class ActivityEntity implements Activity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "commitment_id")
    private Long commitmentId;

    private int position;
    private String description;
    private String deliverable;
    private LocalDate startDate;
    private LocalDate endDate;
    private boolean completed;
    private int progressPercent;
    private int weight = 1;

    protected ActivityEntity() {
    }

    public ActivityEntity(Long commitmentId, int position, NewActivity activity) {
        this.commitmentId = commitmentId;
        this.position = position;
        update(activity);
    }

    public void update(NewActivity activity) {
        this.description = activity.activity().strip();
        this.deliverable = Text.clean(activity.deliverable());
        this.startDate = activity.activityStart();
        this.endDate = activity.activityEnd();
    }

    public NewActivity text() {
        return new NewActivity(description, deliverable, startDate, endDate);
    }

    public void markCompleted(boolean completed) {
        reportProgress(completed ? 100 : 0);
    }

    /** Done is the same as a hundred per cent, whichever way it was said. */
    public void reportProgress(int percent) {
        this.progressPercent = percent;
        this.completed = percent == 100;
    }

    public void weigh(int weight) {
        this.weight = weight;
    }

    public Long getId() { return id; }
    public Long getCommitmentId() { return commitmentId; }
    public int getPosition() { return position; }
    public String getDescription() { return description; }
    public String getDeliverable() { return deliverable; }
    public LocalDate getStartDate() { return startDate; }
    public LocalDate getEndDate() { return endDate; }
    public boolean isCompleted() { return completed; }
    public int getProgressPercent() { return progressPercent; }
    public int getWeight() { return weight; }
}
