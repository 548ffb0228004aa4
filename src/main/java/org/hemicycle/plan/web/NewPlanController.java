package org.hemicycle.plan.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.hemicycle.account.Actor;
import org.hemicycle.parliament.Parliament;
import org.hemicycle.parliament.ParliamentService;
import org.hemicycle.plan.*;
import org.hemicycle.plan.ActionPlan;
import org.hemicycle.site.FormErrors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.*;

/**
 * Starting a plan: its title, period and language, and the day work on it started, which is step 1's date
 * on the public timeline (a plan entered after the fact keeps its real history).
 */
@Controller
@RequestMapping("/manage/parliaments/{slug}/plans")
class NewPlanController {

    private final ParliamentService parliaments;
    private final PlanCycle cycle;

    NewPlanController(ParliamentService parliaments, PlanCycle cycle) {
        this.parliaments = parliaments;
        this.cycle = cycle;
    }

    @GetMapping("/new")
    String newPlan(Actor actor, @PathVariable String slug, Model model) {
        Parliament parliament = editableParliament(actor, slug);
        int year = LocalDate.now().getYear();
        model.addAttribute("planDetails", new PlanDetails(null, null, LocalDate.of(year, 1, 1),
                LocalDate.of(year + 1, 12, 31), parliament.getContentLanguage()));
        model.addAttribute("startedOn", LocalDate.now().toString());
        return view(parliament, model);
    }

    @PostMapping
    String createPlan(Actor actor, @PathVariable String slug, @Valid @ModelAttribute PlanDetails planDetails, BindingResult errors,
                      @RequestParam(required = false) String startedOn, Model model, HttpServletResponse response) {
        Parliament parliament = editableParliament(actor, slug);
        model.addAttribute("startedOn", startedOn);
        LocalDate started = startDay(startedOn, errors);
        if (!errors.hasErrors()) {
            try {
                ActionPlan plan = cycle.create(actor, parliament.getId(), planDetails, started);
                return "redirect:/manage/plans/" + plan.getId();
            } catch (PlanRuleViolation violation) {
                FormErrors.reject(errors, violation);
            }
        }
        FormErrors.markUnprocessable(response);
        return view(parliament, model);
    }

    /** Today when left empty; a real day, not in the future, otherwise. */
    private static @Nullable LocalDate startDay(@Nullable String startedOn, BindingResult errors) {
        if (startedOn == null || startedOn.isBlank()) {
            return LocalDate.now();
        }
        try {
            LocalDate day = LocalDate.parse(startedOn.strip());
            if (!day.isAfter(LocalDate.now())) {
                return day;
            }
        } catch (DateTimeParseException unreadable) {
            // Reported below, with the other errors of the form.
        }
        errors.reject("plan.error.started-on");
        return null;
    }

    private Parliament editableParliament(Actor actor, String slug) {
        Parliament parliament = parliaments.bySlug(slug);
        PlanPolicy.TABLE.check(actor, PlanPolicy.Action.CREATE, parliament.getId());
        return parliament;
    }

    private static String view(Parliament parliament, Model model) {
        model.addAttribute("parliament", parliament);
        return "plan/manage/plan-new";
    }
}
