package org.hemicycle.monitoring.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.hemicycle.account.Actor;
import org.hemicycle.monitoring.Evidence;
import org.hemicycle.monitoring.MonitoringService;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * An update's evidence file, downloaded as the type its content was found to be. Always as an attachment, never
 * sniffed, and sandboxed if opened all the same: a file someone uploaded must not run as a page of the site.
 */
@Controller
class EvidenceController {

    private final MonitoringService monitoring;

    EvidenceController(MonitoringService monitoring) {
        this.monitoring = monitoring;
    }

    @GetMapping("/parliaments/{parliament}/plans/{plan}/commitments/{number:\\d{1,2}}/updates/{updateId:\\d{1,18}}/evidence")
    ResponseEntity<byte[]> evidence(Actor actor, @PathVariable String parliament, @PathVariable String plan,
                                    @PathVariable int number, @PathVariable Long updateId) {
        Evidence evidence = monitoring.evidence(actor, parliament, plan, number, updateId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(evidence.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(evidence.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox; default-src 'none'")
                // An update never changes, so its file never does; a draft plan's stays out of shared caches.
                .cacheControl(evidence.published() ? CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable()
                        : CacheControl.noStore().cachePrivate())
                .body(evidence.content());
    }
}
