package org.hemicycle.site;

import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;

/**
 * What a confirmation page asks before something that cannot be undone (a removal, publishing): the question,
 * the item it names (user content, in the plan's language), what follows, the button, and where the action
 * is posted or cancelled.
 */
public record Confirmation(String questionKey, @Nullable Object questionArgument, String item, String consequenceKey, String buttonKey,
                    String action, String cancel) {

    public static final String CANNOT_UNDO = "manage.confirm.cannot-undo";
    public static final String REMOVE = "manage.confirm.remove";

    /** Removing an item from one of a plan's or a commitment's lists. */
    public static Confirmation fromList(String questionKey, String item, String action, String cancel) {
        return new Confirmation(questionKey, null, item, CANNOT_UNDO, REMOVE, action, cancel);
    }

    /** The confirmation page, under the breadcrumbs of the plan (any module's read of it) the item belongs to. */
    public static String ask(Model model, Object plan, Confirmation confirmation) {
        model.addAttribute("plan", plan);
        model.addAttribute("confirmation", confirmation);
        return "site/confirm";
    }
}
