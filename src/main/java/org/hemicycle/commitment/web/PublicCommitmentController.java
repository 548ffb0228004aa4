package org.hemicycle.commitment.web;

import org.hemicycle.account.Actor;
import org.hemicycle.commitment.CommitmentService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A commitment as the public reads it, under its plan's address; the URL is cited, so it stays stable. */
@Controller
class PublicCommitmentController {

    private final CommitmentService commitments;

    PublicCommitmentController(CommitmentService commitments) {
        this.commitments = commitments;
    }

    @GetMapping("/parliaments/{parliament}/plans/{plan}/commitments/{number}")
    String commitment(Actor actor, @PathVariable String parliament, @PathVariable String plan, @PathVariable int number,
                      Model model) {
        model.addAttribute("page", commitments.page(actor, parliament, plan, number));
        return "commitment/commitment";
    }
}
