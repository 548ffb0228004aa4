package org.hemicycle.commitment;

import java.util.List;
import java.util.Map;
import org.hemicycle.plan.MissingRecord;
import org.hemicycle.plan.PlanRuleViolation;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** A change that would leave a commitment of an adopted plan without an Annex A field adoption required. */
public class AnnexAIncomplete extends PlanRuleViolation {

    /** The commitment form's field for each Annex A field label. */
    private static final Map<String, String> FORM_FIELDS = Map.of(
            "commitment.field.timeframe", "startDate",
            "commitment.field.responsible-institution", "responsibleInstitution",
            "commitment.field.issue", "issue",
            "commitment.field.description", "description",
            "commitment.field.justification", "justification",
            "commitment.field.ogp-values", "ogpValues",
            "commitment.field.ogp-relevance", "ogpRelevance",
            "commitment.field.contact-person", "contactName");

    private final List<PlanRuleViolation> gaps;

    public AnnexAIncomplete(List<MissingRecord> missing) {
        super(FORM_FIELDS.get(missing.get(0).fieldKey()), "commitment.error.annex-a-kept",
                new DefaultMessageSourceResolvable(missing.get(0).fieldKey()));
        this.gaps = missing.stream()
                .map(gap -> new PlanRuleViolation(FORM_FIELDS.get(gap.fieldKey()), "commitment.error.annex-a-kept",
                        new DefaultMessageSourceResolvable(gap.fieldKey())))
                .toList();
    }

    @Override
    public List<PlanRuleViolation> all() {
        return gaps;
    }
}
