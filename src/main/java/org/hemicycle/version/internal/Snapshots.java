package org.hemicycle.version.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.hemicycle.commitment.Activity;
import org.hemicycle.commitment.Commitment;
import org.hemicycle.commitment.Indicator;
import org.hemicycle.commitment.WholeCommitment;
import org.hemicycle.plan.ActionPlan;
import org.hemicycle.version.VersionText;
import org.hemicycle.version.VersionText.Field;
import org.hemicycle.version.VersionText.Format;
import org.hemicycle.version.VersionText.Part;
import org.jspecify.annotations.Nullable;

/**
 * A plan's text as a version keeps it: the fields of Annex A in Annex A's order. Progress (completion, activities
 * done) is not text: reporting it is not amending the plan.
 */
public final class Snapshots {

    private Snapshots() {
    }

    public static VersionText of(ActionPlan plan, List<WholeCommitment> commitments) {
        List<Field> planFields = List.of(
                text("version.field.title", plan.getTitle()),
                date("version.field.period-start", plan.getPeriodStart()),
                date("version.field.period-end", plan.getPeriodEnd()));
        return new VersionText(planFields, commitments.stream().map(Snapshots::commitment).toList());
    }

    private static Part commitment(WholeCommitment whole) {
        Commitment c = whole.commitment();
        List<Field> fields = List.of(
                text("commitment.field.title", c.getTitle()),
                new Field("commitment.field.pillar", Format.PILLAR, c.getPillar().name()),
                date("commitment.field.start-date", c.getStartDate()),
                date("commitment.field.end-date", c.getEndDate()),
                text("commitment.field.responsible-institution", c.getResponsibleInstitution()),
                text("commitment.field.government-partners", c.getGovernmentPartners()),
                text("commitment.field.other-partners", c.getOtherPartners()),
                text("commitment.field.issue", c.getIssue()),
                text("commitment.field.description", c.getDescription()),
                text("commitment.field.justification", c.getJustification()),
                new Field("commitment.field.ogp-values", Format.OGP_VALUES, c.getOgpValues().isEmpty() ? null
                        : c.getOgpValues().stream().map(Enum::name).sorted().collect(Collectors.joining(","))),
                text("commitment.field.ogp-relevance", c.getOgpRelevance()),
                text("commitment.field.budget", c.getBudget()),
                text("commitment.field.contact-name", c.getContactName()),
                text("commitment.field.contact-title", c.getContactTitle()),
                text("commitment.field.contact-department", c.getContactDepartment()),
                text("commitment.field.contact-organization", c.getContactOrganization()),
                text("commitment.field.contact-email", c.getContactEmail()));
        List<Part> activities = new ArrayList<>();
        for (Activity activity : whole.activities()) {
            activities.add(new Part(activity.getId(), activities.size() + 1, activity.getDescription(), List.of(
                    text("activity.field.description", activity.getDescription()),
                    text("activity.field.deliverable", activity.getDeliverable()),
                    date("activity.field.start-date", activity.getStartDate()),
                    date("activity.field.end-date", activity.getEndDate())), List.of(), List.of()));
        }
        List<Part> indicators = new ArrayList<>();
        for (Indicator indicator : whole.indicators()) {
            indicators.add(new Part(indicator.getId(), indicators.size() + 1, indicator.getName(), List.of(
                    text("indicator.field.name", indicator.getName()),
                    text("indicator.field.baseline", indicator.getBaseline()),
                    text("indicator.field.target", indicator.getTarget()),
                    text("indicator.field.unit", indicator.getUnit())), List.of(), List.of()));
        }
        return new Part(c.getId(), c.getNumber(), c.getTitle(), fields, List.copyOf(activities), List.copyOf(indicators));
    }

    private static Field text(String label, @Nullable String value) {
        return new Field(label, Format.TEXT, value == null || value.isBlank() ? null : value);
    }

    private static Field date(String label, @Nullable LocalDate value) {
        return new Field(label, Format.DATE, value == null ? null : value.toString());
    }
}
