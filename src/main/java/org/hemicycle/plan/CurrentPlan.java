package org.hemicycle.plan;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The plan a parliament is working under on a given day: the one whose period covers it, else the latest
 * one that has begun, else the next one to begin. A plan published ahead of its period does not hide the
 * one being implemented.
 */
public final class CurrentPlan {

    private CurrentPlan() {
    }

    public static Optional<ActionPlan> of(List<ActionPlan> plans, LocalDate today) {
        Optional<ActionPlan> covering = plans.stream().filter(plan -> plan.covers(today))
                .max(Comparator.comparing(ActionPlan::getPeriodStart));
        if (covering.isPresent()) {
            return covering;
        }
        Optional<ActionPlan> begun = plans.stream().filter(plan -> plan.getPeriodStart().isBefore(today))
                .max(Comparator.comparing(ActionPlan::getPeriodStart));
        return begun.isPresent() ? begun : plans.stream().min(Comparator.comparing(ActionPlan::getPeriodStart));
    }

    public static Map<Long, ActionPlan> byParliament(Map<Long, List<ActionPlan>> plansByParliament, LocalDate today) {
        return plansByParliament.entrySet().stream()
                .flatMap(entry -> of(entry.getValue(), today).stream().map(plan -> Map.entry(entry.getKey(), plan)))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
