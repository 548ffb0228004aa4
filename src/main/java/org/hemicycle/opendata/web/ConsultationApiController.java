package org.hemicycle.opendata.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.hemicycle.account.Actor;
import org.hemicycle.consultation.Consultation;
import org.hemicycle.consultation.ConsultationPage;
import org.hemicycle.consultation.ConsultationService;
import org.hemicycle.consultation.ConsultationState;
import org.hemicycle.consultation.IdeaView;
import org.hemicycle.plan.Pillar;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A plan's consultations and their ideas as JSON, at the addresses of their pages under /api/v1. Never an address. */
@RestController
@RequestMapping(path = "/api/v1/parliaments/{parliament}/plans/{plan}/consultations", produces = "application/json")
@Tag(name = "Consultations", description = "Online consultations, their ideas and supports")
class ConsultationApiController {

    record ConsultationDocument(Long id, String title, @Nullable String description, @Nullable String timeline,
                                Instant opensAt, Instant closesAt, String timeZone, ConsultationState state) {
    }

    /** An idea; its author by public name, or null for a deleted participant. */
    record IdeaDocument(Long id, String title, String body, @Nullable Pillar pillar, int supports, @Nullable String author,
                        Instant submittedAt) {
    }

    record IdeasDocument(ConsultationDocument consultation, long ideas, int page, int pages, List<IdeaDocument> mostSupportedFirst) {
    }

    private final ConsultationService consultations;

    ConsultationApiController(ConsultationService consultations) {
        this.consultations = consultations;
    }

    @GetMapping
    @Operation(summary = "The plan's consultations, the latest opening first")
    List<ConsultationDocument> list(@Parameter(hidden = true) Actor actor, @PathVariable String parliament, @PathVariable String plan) {
        Instant now = Instant.now();
        return consultations.list(actor, parliament, plan).consultations().stream().map(c -> document(c, now)).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "A consultation and one page of its ideas, most supported first")
    IdeasDocument consultation(@Parameter(hidden = true) Actor actor, @PathVariable String parliament, @PathVariable String plan,
                               @PathVariable Long id, @RequestParam(name = "page", defaultValue = "1") int page) {
        ConsultationPage found = consultations.page(actor, parliament, plan, id, page);
        return new IdeasDocument(document(found.consultation(), found.now()), found.ideaCount(), found.pageNumber(),
                found.pageCount(), found.ideas().stream().map(ConsultationApiController::idea).toList());
    }

    private static ConsultationDocument document(Consultation c, Instant now) {
        return new ConsultationDocument(c.getId(), c.getTitle(), c.getDescription(), c.getTimeline(), c.getOpensAt(),
                c.getClosesAt(), c.getTimeZone(), c.stateAt(now));
    }

    private static IdeaDocument idea(IdeaView view) {
        return new IdeaDocument(view.idea().getId(), view.idea().getTitle(), view.idea().getBody(), view.idea().getPillar(),
                view.idea().getSupports(), view.author(), view.idea().getCreatedAt());
    }
}
