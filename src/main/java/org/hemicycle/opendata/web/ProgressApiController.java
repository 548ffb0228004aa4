package org.hemicycle.opendata.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hemicycle.account.Actor;
import org.hemicycle.commitment.CommitmentMonitoring;
import org.hemicycle.commitment.ProgressStatus;
import org.hemicycle.monitoring.MonitoringService;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A commitment's progress updates as JSON: all of them, newest first, each with its evidence. */
@RestController
@RequestMapping(path = "/api/v1/parliaments/{parliament}/plans/{plan}/commitments/{number:\\d{1,2}}", produces = "application/json")
@Tag(name = "Progress", description = "Dated, append-only updates on a commitment and its activities, with their evidence")
class ProgressApiController {

    record EvidenceDocument(String fileName, String contentType, long bytes, String url) {
    }

    record UpdateDocument(Long id, @Nullable Long activityId, @Nullable String activity, ProgressStatus status, int percent,
                          String narrative, @Nullable String evidenceLink, @Nullable EvidenceDocument evidence,
                          LocalDate postedOn, Instant postedAt, String author, String authorRole) {
    }

    private final MonitoringService monitoring;

    ProgressApiController(MonitoringService monitoring) {
        this.monitoring = monitoring;
    }

    @GetMapping("/updates")
    @Operation(summary = "Every progress update of the commitment, the newest first")
    List<UpdateDocument> updates(@Parameter(hidden = true) Actor actor, @PathVariable String parliament,
                                 @PathVariable String plan, @PathVariable int number) {
        String base = "/parliaments/" + parliament + "/plans/" + plan + "/commitments/" + number + "/updates/";
        return monitoring.updatesOf(actor, parliament, plan, number).stream()
                .map(update -> document(update, base)).toList();
    }

    private static UpdateDocument document(CommitmentMonitoring.Update update, String base) {
        EvidenceDocument file = update.hasFile() ? new EvidenceDocument(update.evidenceName(), update.evidenceType(),
                update.evidenceBytes(), base + update.id() + "/evidence") : null;
        return new UpdateDocument(update.id(), update.activityId(), update.activityTitle(), update.status(), update.percent(),
                update.narrative(), update.evidenceLink(), file, update.postedOn(), update.postedAt(), update.authorName(),
                update.authorRole());
    }
}
