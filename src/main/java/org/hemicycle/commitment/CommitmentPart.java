package org.hemicycle.commitment;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The parts of a draft commitment that a comment can be about. A comment names its part (and, for an activity or an
 * indicator, which one), not a position in one version's characters, so it stays with the part through every version.
 */
public enum CommitmentPart {
    ISSUE("commitment.field.issue"),
    DESCRIPTION("commitment.field.description"),
    JUSTIFICATION("commitment.field.justification"),
    ACTIVITY("commitment.part.activity"),
    INDICATOR("commitment.part.indicator");

    private final String labelKey;

    CommitmentPart(String labelKey) {
        this.labelKey = labelKey;
    }

    public String labelKey() {
        return labelKey;
    }

    /** An activity or an indicator: one of a list, named by its id. */
    public boolean isItem() {
        return this == ACTIVITY || this == INDICATOR;
    }

    /** The part and, for an activity or an indicator, which one: how a count or an address names it. */
    public String key(@Nullable Long itemId) {
        return isItem() && itemId != null ? name() + "-" + itemId : name();
    }

    /** In addresses: {@code /issue}, {@code /activity/12}. */
    public String path() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The part an address names, if it names one. */
    public static java.util.Optional<CommitmentPart> ofPath(String path) {
        for (CommitmentPart part : values()) {
            if (part.path().equals(path)) {
                return java.util.Optional.of(part);
            }
        }
        return java.util.Optional.empty();
    }

    /** The part's text as the page shows it now; null if the item is gone or the part is empty. */
    public @Nullable String textIn(CommitmentPage page, @Nullable Long itemId) {
        Commitment commitment = page.commitment();
        return switch (this) {
            case ISSUE -> commitment.getIssue();
            case DESCRIPTION -> commitment.getDescription();
            case JUSTIFICATION -> commitment.getJustification();
            case ACTIVITY -> page.activities().stream().filter(activity -> activity.getId().equals(itemId))
                    .map(CommitmentPart::activityText).findFirst().orElse(null);
            case INDICATOR -> page.indicators().stream().filter(indicator -> indicator.getId().equals(itemId))
                    .map(CommitmentPart::indicatorText).findFirst().orElse(null);
        };
    }

    /** The activity's description or the indicator's name, null if it is not the commitment's; null for a field. */
    public @Nullable String titleIn(CommitmentPage page, @Nullable Long itemId) {
        return switch (this) {
            case ACTIVITY -> page.activities().stream().filter(activity -> activity.getId().equals(itemId))
                    .map(Activity::getDescription).findFirst().orElse(null);
            case INDICATOR -> page.indicators().stream().filter(indicator -> indicator.getId().equals(itemId))
                    .map(Indicator::getName).findFirst().orElse(null);
            default -> null;
        };
    }

    public static String activityText(Activity activity) {
        return joined(activity.getDescription(), activity.getDeliverable());
    }

    public static String indicatorText(Indicator indicator) {
        return joined(indicator.getName(), indicator.getBaseline(), indicator.getTarget(), indicator.getUnit());
    }

    private static String joined(@Nullable String... parts) {
        return Stream.of(parts).filter(Objects::nonNull).filter(part -> !part.isBlank()).collect(Collectors.joining(" · "));
    }

}
