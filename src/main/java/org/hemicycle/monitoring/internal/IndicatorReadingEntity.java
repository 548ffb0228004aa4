package org.hemicycle.monitoring.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

@Entity(name = "IndicatorReading")
@Table(name = "indicator_reading")
@Immutable
public class IndicatorReadingEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long planId;
    private Long commitmentId;
    private Long indicatorId;
    private LocalDate readOn;

    @Column(name = "reading")
    private BigDecimal value;

    private @Nullable String source;
    private Instant recordedAt;
    private String recordedBy;

    protected IndicatorReadingEntity() {
    }

    public IndicatorReadingEntity(Long planId, Long commitmentId, Long indicatorId, LocalDate readOn, BigDecimal value,
                                  @Nullable String source, Instant recordedAt, String recordedBy) {
        this.planId = planId;
        this.commitmentId = commitmentId;
        this.indicatorId = indicatorId;
        this.readOn = readOn;
        this.value = value;
        this.source = source;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    public Long getId() { return id; }
    public Long getIndicatorId() { return indicatorId; }
    public LocalDate getReadOn() { return readOn; }
    public BigDecimal getValue() { return value; }
    public @Nullable String getSource() { return source; }
    public Instant getRecordedAt() { return recordedAt; }
    public String getRecordedBy() { return recordedBy; }
}
