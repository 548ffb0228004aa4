package org.hemicycle.plan.web;

/**
 * What a confirmation page asks before something that cannot be undone (a removal, publishing): the question,
 * the item it names (user content, in the plan's language), what follows, the button, and where the action
 * is posted or cancelled.
 */
record Confirmation(String questionKey, Object questionArgument, String item, String consequenceKey, String buttonKey,
                    String action, String cancel) {

    static final String CANNOT_UNDO = "manage.confirm.cannot-undo";
    static final String REMOVE = "manage.confirm.remove";

    /** Removing an item from one of a plan's or a commitment's lists. */
    static Confirmation fromList(String questionKey, String item, String action, String cancel) {
        return new Confirmation(questionKey, null, item, CANNOT_UNDO, REMOVE, action, cancel);
    }
}
