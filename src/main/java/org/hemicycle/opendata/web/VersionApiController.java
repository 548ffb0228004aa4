package org.hemicycle.opendata.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.hemicycle.account.Actor;
import org.hemicycle.version.PlanVersion;
import org.hemicycle.version.VersionComparison;
import org.hemicycle.version.VersionKind;
import org.hemicycle.version.VersionPage;
import org.hemicycle.version.VersionService;
import org.hemicycle.version.VersionText;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A plan's versions as JSON: the list with the amendments' reasons, each version's text, and any two compared. */
@RestController
@RequestMapping(path = "/api/v1/parliaments/{parliament}/plans/{plan}/versions", produces = "application/json")
@Tag(name = "Plan versions", description = "Drafts, the adopted text and its amendments, each kept as it stood")
class VersionApiController {

    record VersionDocument(int number, VersionKind kind, @Nullable String label, @Nullable String reason, Instant takenAt,
                           @Nullable String takenBy, String url) {
    }

    record VersionTextDocument(VersionDocument version, VersionText text) {
    }

    private final VersionService versions;

    VersionApiController(VersionService versions) {
        this.versions = versions;
    }

    @GetMapping
    @Operation(summary = "The plan's versions, the latest first")
    List<VersionDocument> list(@Parameter(hidden = true) Actor actor, @PathVariable String parliament, @PathVariable String plan) {
        return versions.list(actor, parliament, plan).versions().stream()
                .map(version -> document(parliament, plan, version)).toList();
    }

    @GetMapping("/{number:\\d{1,9}}")
    @Operation(summary = "One version's text: the plan's fields, then each commitment with its activities and indicators")
    VersionTextDocument version(@Parameter(hidden = true) Actor actor, @PathVariable String parliament,
                                @PathVariable String plan, @PathVariable int number) {
        VersionPage page = versions.version(actor, parliament, plan, number);
        return new VersionTextDocument(document(parliament, plan, page.version()), page.text());
    }

    @GetMapping("/compare")
    @Operation(summary = "What changed from one version to another ('current' for the text as it stands now), word by word")
    VersionComparison compare(@Parameter(hidden = true) Actor actor, @PathVariable String parliament,
                              @PathVariable String plan, @RequestParam(defaultValue = "1") String from,
                              @RequestParam(defaultValue = VersionService.CURRENT) String to) {
        return versions.compare(actor, parliament, plan, from, to).comparison();
    }

    private static VersionDocument document(String parliament, String plan, PlanVersion version) {
        return new VersionDocument(version.getNumber(), version.getKind(), version.getLabel(), version.getReason(),
                version.getTakenAt(), version.getTakenBy(),
                "/parliaments/" + parliament + "/plans/" + plan + "/versions/" + version.getNumber());
    }
}
