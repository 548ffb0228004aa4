package org.hemicycle.scorecard.web;

import org.hemicycle.account.Actor;
import org.hemicycle.scorecard.RepositoryService;
import org.hemicycle.scorecard.ScorecardService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A plan's co-creation scorecard and its public repository, public as the plan is. */
@Controller
class ScorecardController {

    private final ScorecardService scorecards;
    private final RepositoryService repositories;

    ScorecardController(ScorecardService scorecards, RepositoryService repositories) {
        this.scorecards = scorecards;
        this.repositories = repositories;
    }

    @GetMapping("/parliaments/{parliament}/plans/{plan}/repository")
    String repository(Actor actor, @PathVariable String parliament, @PathVariable String plan, Model model) {
        model.addAttribute("repository", repositories.of(actor, parliament, plan));
        return "scorecard/repository";
    }

    @GetMapping("/parliaments/{parliament}/plans/{plan}/scorecard")
    String scorecard(Actor actor, @PathVariable String parliament, @PathVariable String plan, Model model) {
        model.addAttribute("scorecard", scorecards.of(actor, parliament, plan));
        return "scorecard/scorecard";
    }
}
