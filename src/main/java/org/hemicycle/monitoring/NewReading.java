package org.hemicycle.monitoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

public record NewReading(Long indicatorId, LocalDate readOn, BigDecimal value, @Nullable String source) {
}
