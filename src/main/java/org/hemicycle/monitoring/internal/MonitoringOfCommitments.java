package org.hemicycle.monitoring.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hemicycle.account.Actor;
import org.hemicycle.account.HemicycleUser;
import org.hemicycle.account.Standing;
import org.hemicycle.commitment.CommitmentMonitoring;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The monitoring module's answers to what the commitment page asks: four statements whatever a commitment holds. */
@Component
@Transactional(readOnly = true)
public class MonitoringOfCommitments implements CommitmentMonitoring {

    private final ProgressUpdateRepository updates;
    private final IndicatorReadingRepository readings;
    private final EvidenceFiles files;
    private final CoImplementers coImplementers;

    MonitoringOfCommitments(ProgressUpdateRepository updates, IndicatorReadingRepository readings, EvidenceFiles files,
                            CoImplementers coImplementers) {
        this.updates = updates;
        this.readings = readings;
        this.files = files;
        this.coImplementers = coImplementers;
    }

    @Override
    public Monitoring of(Long commitmentId) {
        long total = updates.countByCommitmentId(commitmentId);
        if (total == 0) {
            return new Monitoring(List.of(), 0, readingsOf(commitmentId));
        }
        Map<Long, EvidenceFiles.Described> described = files.describedForCommitment(commitmentId);
        List<Update> shown = updates.findByCommitmentIdOrderByPostedOnDescIdDesc(commitmentId, Limit.of(SHOWN)).stream()
                .map(update -> view(update, described.get(update.getId()))).toList();
        return new Monitoring(shown, total, readingsOf(commitmentId));
    }

    /** Every update of a commitment, newest first, for the JSON and the reports. */
    public List<Update> allOf(Long commitmentId) {
        Map<Long, EvidenceFiles.Described> described = files.describedForCommitment(commitmentId);
        return updates.findByCommitmentIdOrderByPostedOnDescIdDesc(commitmentId, Limit.unlimited()).stream()
                .map(update -> view(update, described.get(update.getId()))).toList();
    }

    @Override
    public boolean mayPost(Actor actor, Long parliamentId, Long commitmentId) {
        Set<Standing> standings = actor.standingsIn(parliamentId);
        return standings.contains(Standing.POINT_OF_CONTACT) || standings.contains(Standing.PLATFORM)
                || standings.contains(Standing.CIVIL_SOCIETY) && actor instanceof HemicycleUser person
                && coImplementers.isOne(commitmentId, person.id());
    }

    private List<Reading> readingsOf(Long commitmentId) {
        return readings.findByCommitmentIdOrderByIndicatorIdAscReadOnAscIdAsc(commitmentId).stream()
                .map(reading -> new Reading(reading.getIndicatorId(), reading.getReadOn(), reading.getValue(), reading.getSource()))
                .toList();
    }

    static Update view(ProgressUpdateEntity update, EvidenceFiles.@Nullable Described file) {
        return new Update(update.getId(), update.getActivityId(), update.getActivityTitle(), update.getStatus(),
                update.getPercent(), update.getNarrative(), update.getEvidenceLink(), file == null ? null : file.fileName(),
                file == null ? null : file.contentType(), file == null ? 0 : file.size(), update.getPostedOn(),
                update.getPostedAt(), update.getAuthorName(), update.getAuthorRole());
    }
}
