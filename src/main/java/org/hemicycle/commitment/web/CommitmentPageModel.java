package org.hemicycle.commitment.web;

import org.hemicycle.commitment.CommitmentPage;
import org.hemicycle.commitment.NewActivity;
import org.hemicycle.commitment.NewIndicator;
import org.hemicycle.plan.OgpValue;
import org.hemicycle.plan.Pillar;
import org.hemicycle.site.EditConflicts;
import org.springframework.ui.Model;

/** The model of the commitment forms, shared by the controllers whose errors show the commitment's page again. */
final class CommitmentPageModel {

    static final String NEW_VIEW = "commitment/manage/commitment-new";
    static final String EDIT_VIEW = "commitment/manage/commitment-edit";
    /** The list of activities alone, which htmx swaps into the edit page. */
    static final String ACTIVITIES_VIEW = "commitment/manage/activities";

    private CommitmentPageModel() {
    }

    /** The commitment's page with its main form, and empty add forms unless one came back with errors. */
    static String edit(CommitmentPage page, Model model) {
        model.addAttribute("page", page);
        if (!model.containsAttribute("commitment")) {
            model.addAttribute("commitment", page.commitment().text());
        }
        if (!model.containsAttribute(EditConflicts.VERSION_PARAMETER)) {
            // Shown afresh, or after a sub-form's error: the main form carries the version it shows.
            EditConflicts.offer(model, page.commitment().text().withCompletion(null));
        }
        model.addAttribute("plan", page.plan());
        if (!model.containsAttribute("newActivity")) {
            model.addAttribute("newActivity", new NewActivity(null, null, null, null));
        }
        if (!model.containsAttribute("newIndicator")) {
            model.addAttribute("newIndicator", new NewIndicator(null, null, null, null));
        }
        return choices(model, EDIT_VIEW);
    }

    /** The page correcting one activity or indicator: which kind, the list's address, the form, the item. */
    static String editWork(Model model, String work, String list, String formName, Long itemId) {
        model.addAttribute("work", work);
        model.addAttribute("list", list);
        model.addAttribute("formName", formName);
        model.addAttribute("itemId", itemId);
        return "commitment/manage/work-edit";
    }

    static String choices(Model model, String view) {
        model.addAttribute("pillars", Pillar.values());
        model.addAttribute("ogpValues", OgpValue.values());
        return view;
    }
}
