package org.hemicycle.opendata.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.hemicycle.account.Actor;
import org.hemicycle.scorecard.RepositoryEntry;
import org.hemicycle.scorecard.RepositoryService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A plan's public repository as JSON: every document of its process, the latest first. */
@RestController
@Tag(name = "Co-creation scorecard", description = "OGP's Participation and Co-Creation Standards, computed from the records")
class RepositoryApiController {

    /** Addresses in Hemicycle are paths of this site; a meeting's document is wherever its team published it. */
    record EntryDocument(RepositoryEntry.Kind kind, String title, Instant date, String timeZone, String address, boolean external) {
    }

    private final RepositoryService repositories;

    RepositoryApiController(RepositoryService repositories) {
        this.repositories = repositories;
    }

    @GetMapping(path = "/api/v1/parliaments/{parliament}/plans/{plan}/repository", produces = "application/json")
    @Operation(summary = "Every document of the plan's process, the latest first")
    List<EntryDocument> repository(@Parameter(hidden = true) Actor actor, @PathVariable String parliament, @PathVariable String plan) {
        return repositories.of(actor, parliament, plan).entries().stream()
                .map(entry -> new EntryDocument(entry.kind(), entry.title(), entry.date(), entry.zone().getId(),
                        entry.address(), entry.external())).toList();
    }
}
