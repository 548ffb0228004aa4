package org.hemicycle.plan.web;

/**
 * What a confirmation page asks before something is removed: the question, the item it names (user content,
 * in the plan's language), what follows, the button, and where the removal is posted or cancelled.
 */
record Removal(String questionKey, Object questionArgument, String item, String consequenceKey, String buttonKey,
               String action, String cancel) {

    static final String CANNOT_UNDO = "manage.confirm.cannot-undo";
    static final String REMOVE = "manage.confirm.remove";

    /** Removing an item from one of a plan's or a commitment's lists. */
    static Removal fromList(String questionKey, String item, String action, String cancel) {
        return new Removal(questionKey, null, item, CANNOT_UNDO, REMOVE, action, cancel);
    }
}
