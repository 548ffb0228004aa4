package org.hemicycle.commitment.internal;

import jakarta.persistence.*;
import org.hemicycle.commitment.Indicator;
import org.hemicycle.commitment.NewIndicator;
import org.hemicycle.site.Text;

@Entity(name = "Indicator")
@Table(name = "indicator")
public class IndicatorEntity implements Indicator {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "commitment_id")
    private Long commitmentId;

    private int position;
    private String name;
    private String baseline;
    private String target;
    private String unit;

    protected IndicatorEntity() {
    }

    public IndicatorEntity(Long commitmentId, int position, NewIndicator indicator) {
        this.commitmentId = commitmentId;
        this.position = position;
        update(indicator);
    }

    public NewIndicator text() {
        return new NewIndicator(name, baseline, target, unit);
    }

    public void update(NewIndicator indicator) {
        this.name = indicator.name().strip();
        this.baseline = Text.clean(indicator.baseline());
        this.target = indicator.target().strip();
        this.unit = Text.clean(indicator.unit());
    }

    public Long getId() { return id; }
    public Long getCommitmentId() { return commitmentId; }
    public int getPosition() { return position; }
    public String getName() { return name; }
    public String getBaseline() { return baseline; }
    public String getTarget() { return target; }
    public String getUnit() { return unit; }
}
