package org.hemicycle.opendata.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.hemicycle.account.Actor;
import org.hemicycle.commitment.CommitmentService;
import org.hemicycle.opendata.web.ApiDocuments.CommitmentDocument;
import org.hemicycle.opendata.web.ApiDocuments.ParliamentDocument;
import org.hemicycle.opendata.web.ApiDocuments.PlanDocument;
import org.hemicycle.parliament.Chamber;
import org.hemicycle.parliament.Parliament;
import org.hemicycle.parliament.ParliamentService;
import org.hemicycle.plan.ActionPlan;
import org.hemicycle.plan.PlanPages;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public pages' content as JSON, at the same addresses under /api/v1. Drafts stay hidden here too, from
 * whoever may not read them on the pages.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "Open Parliament Action Plans", description = "Everything the public pages show, as JSON")
class PublicApiController {

    private final ParliamentService parliaments;
    private final PlanPages plans;
    private final CommitmentService commitments;

    PublicApiController(ParliamentService parliaments, PlanPages plans, CommitmentService commitments) {
        this.parliaments = parliaments;
        this.plans = plans;
        this.commitments = commitments;
    }

    @GetMapping("/parliaments")
    @Operation(summary = "The network's parliaments, with their chambers and published plans")
    List<ParliamentDocument> parliaments(@Parameter(hidden = true) Actor actor) {
        List<Parliament> all = parliaments.all();
        List<Long> ids = all.stream().map(Parliament::getId).toList();
        Map<Long, List<Chamber>> chambers = parliaments.chambersOf(ids);
        Map<Long, List<ActionPlan>> published = plans.visiblePlansOf(actor, ids);
        return all.stream().map(p -> ApiDocuments.parliament(p, chambers.getOrDefault(p.getId(), List.of()),
                published.getOrDefault(p.getId(), List.of()))).toList();
    }

    @GetMapping("/parliaments/{parliament}")
    @Operation(summary = "One parliament: chambers, OGP participation, plans across cycles")
    ParliamentDocument parliament(@Parameter(hidden = true) Actor actor, @PathVariable String parliament) {
        Parliament found = parliaments.bySlug(parliament);
        return ApiDocuments.parliament(found, parliaments.chambersOf(found.getId()), plans.visiblePlansOf(actor, found.getId()));
    }

    @GetMapping("/parliaments/{parliament}/plans/{plan}")
    @Operation(summary = "A plan: what each of the ten steps recorded, its history and its commitments")
    PlanDocument plan(@Parameter(hidden = true) Actor actor, @PathVariable String parliament, @PathVariable String plan) {
        return ApiDocuments.plan(plans.page(actor, parliament, plan));
    }

    @GetMapping("/parliaments/{parliament}/plans/{plan}/commitments/{number}")
    @Operation(summary = "A commitment with every Annex A field, its activities and indicators")
    CommitmentDocument commitment(@Parameter(hidden = true) Actor actor, @PathVariable String parliament, @PathVariable String plan, @PathVariable int number) {
        return ApiDocuments.commitment(commitments.page(actor, parliament, plan, number));
    }
}
