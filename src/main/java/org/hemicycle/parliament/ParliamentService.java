package org.hemicycle.parliament;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hemicycle.account.Actor;
import org.hemicycle.account.ParliamentDirectory;
import org.hemicycle.parliament.internal.ChamberEntity;
import org.hemicycle.parliament.internal.ChamberRepository;
import org.hemicycle.parliament.internal.ParliamentEntity;
import org.hemicycle.parliament.internal.ParliamentRepository;
import org.hemicycle.parliament.internal.Slugs;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The parliament module's API: the network's parliaments and their chambers, read by everyone, registered
 * by the network's staff.
 */
@Service
@Transactional(readOnly = true)
public class ParliamentService implements ParliamentDirectory {

    private final ParliamentRepository parliaments;
    private final ChamberRepository chambers;
    private final ApplicationEventPublisher events;

    /*
     * Parliaments and their chambers are written once, at registration, and never changed or deleted, yet every
     * page of a parliament or plan reads them: they are kept once read, on every node, bounded in number since the
     * keys come from addresses that clients choose (only parliaments that exist are kept). Kept only once the
     * reading transaction commits, so that a parliament registered in a transaction that then rolls back is not.
     */
    private final Cache<String, ParliamentEntity> bySlug = Caffeine.newBuilder().maximumSize(KEPT).build();
    private final Cache<Long, ParliamentEntity> byId = Caffeine.newBuilder().maximumSize(KEPT).build();
    private final Cache<Long, List<Chamber>> chambersById = Caffeine.newBuilder().maximumSize(KEPT).build();
    private static final int KEPT = 2_000;

    ParliamentService(ParliamentRepository parliaments, ChamberRepository chambers, ApplicationEventPublisher events) {
        this.parliaments = parliaments;
        this.chambers = chambers;
        this.events = events;
    }

    public List<Parliament> all() {
        return List.copyOf(parliaments.findAllByOrderByNameAsc());
    }

    public boolean isEmpty() {
        return parliaments.count() == 0;
    }

    public Parliament bySlug(String slug) {
        ParliamentEntity kept = bySlug.getIfPresent(slug);
        if (kept != null) {
            return kept;
        }
        ParliamentEntity found = parliaments.findBySlug(slug).orElseThrow(() -> new ParliamentNotFound(slug));
        keepOnCommit(() -> keep(found));
        return found;
    }

    public Parliament byId(Long id) {
        ParliamentEntity kept = byId.getIfPresent(id);
        if (kept != null) {
            return kept;
        }
        ParliamentEntity found = parliaments.findById(id).orElseThrow(() -> new ParliamentNotFound(String.valueOf(id)));
        keepOnCommit(() -> keep(found));
        return found;
    }

    public List<Chamber> chambersOf(Long parliamentId) {
        List<Chamber> kept = chambersById.getIfPresent(parliamentId);
        if (kept != null) {
            return kept;
        }
        List<Chamber> found = List.copyOf(chambers.findByParliamentIdOrderByPositionAsc(parliamentId));
        if (!found.isEmpty()) {
            keepOnCommit(() -> chambersById.put(parliamentId, found));
        }
        return found;
    }

    private void keep(ParliamentEntity parliament) {
        bySlug.put(parliament.getSlug(), parliament);
        byId.put(parliament.getId(), parliament);
    }

    private static void keepOnCommit(Runnable keep) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                keep.run();
            }
        });
    }

    public Map<Long, List<Chamber>> chambersOf(Collection<Long> parliamentIds) {
        return chambers.findByParliamentIdInOrderByPositionAsc(parliamentIds).stream()
                .collect(Collectors.groupingBy(ChamberEntity::getParliamentId, Collectors.toList()));
    }

    @Transactional
    public Parliament register(Actor actor, NewParliament request) {
        ParliamentPolicy.TABLE.check(actor, ParliamentPolicy.Action.REGISTER, null);
        if (parliaments.existsBySlug(request.slug())) {
            throw new ParliamentSlugTaken(request.slug());
        }
        ParliamentEntity parliament = new ParliamentEntity(request.slug(), request.name(), request.country(),
                request.countryCode(), request.chambers().size() > 1 ? ParliamentStructure.BICAMERAL
                        : ParliamentStructure.UNICAMERAL, request.contentLanguage());
        parliament.describe(request.description(), request.website());
        if (request.ogpMemberSince() != null) {
            parliament.joinOgp(request.ogpMemberSince());
        }
        parliaments.save(parliament);
        bySlug.invalidate(request.slug());
        int position = 0;
        for (NewParliament.NewChamber chamber : request.chambers()) {
            String slug = chamber.slug() != null ? chamber.slug() : Slugs.of(chamber.name());
            chambers.save(new ChamberEntity(parliament.getId(), slug, chamber.name(), chamber.seats(), ++position));
        }
        events.publishEvent(new ParliamentRegistered(parliament.getId(), parliament.getSlug()));
        return parliament;
    }

    // ---- for the account pages, which grant roles in parliaments

    @Override
    public List<ParliamentName> namesOfAll() {
        return parliaments.findAllByOrderByNameAsc().stream().map(ParliamentService::name).toList();
    }

    @Override
    public Map<Long, ParliamentName> namesOf(Collection<Long> ids) {
        return parliaments.findAllById(ids).stream().collect(Collectors.toMap(ParliamentEntity::getId, ParliamentService::name));
    }

    @Override
    public boolean exists(Long parliamentId) {
        return parliaments.existsById(parliamentId);
    }

    private static ParliamentName name(ParliamentEntity parliament) {
        return new ParliamentName(parliament.getId(), parliament.getName(), parliament.getContentLanguage());
    }
}
