package org.hemicycle.parliament;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The parliament module's API for the other modules.
 */
@Service
@Transactional(readOnly = true)
public class ParliamentService {

    private final ParliamentRepository parliaments;
    private final ChamberRepository chambers;

    ParliamentService(ParliamentRepository parliaments, ChamberRepository chambers) {
        this.parliaments = parliaments;
        this.chambers = chambers;
    }

    public List<Parliament> all() {
        return parliaments.findAllByOrderByNameAsc();
    }

    public boolean isEmpty() {
        return parliaments.count() == 0;
    }

    public Parliament bySlug(String slug) {
        return parliaments.findBySlug(slug).orElseThrow(() -> new ParliamentNotFound(slug));
    }

    public Parliament byId(Long id) {
        return parliaments.findById(id).orElseThrow(() -> new ParliamentNotFound(String.valueOf(id)));
    }

    public Map<Long, Parliament> byIds(Collection<Long> ids) {
        return parliaments.findAllById(ids).stream().collect(Collectors.toMap(Parliament::getId, p -> p));
    }

    public List<Chamber> chambersOf(Long parliamentId) {
        return chambers.findByParliamentIdOrderByPositionAsc(parliamentId);
    }

    public Map<Long, List<Chamber>> chambersOf(Collection<Long> parliamentIds) {
        return chambers.findByParliamentIdInOrderByPositionAsc(parliamentIds).stream()
                .collect(Collectors.groupingBy(Chamber::getParliamentId));
    }

    @Transactional
    public Parliament register(NewParliament request) {
        if (parliaments.existsBySlug(request.slug())) {
            throw new ParliamentSlugTaken(request.slug());
        }
        Parliament parliament = new Parliament(request.slug(), request.name(), request.country(),
                request.countryCode(), request.chambers().size() > 1 ? ParliamentStructure.BICAMERAL
                        : ParliamentStructure.UNICAMERAL, request.contentLanguage());
        parliament.describe(request.description(), request.website());
        if (request.ogpMemberSince() != null) {
            parliament.joinOgp(request.ogpMemberSince());
        }
        parliaments.save(parliament);
        int position = 0;
        for (NewParliament.NewChamber chamber : request.chambers()) {
            String slug = chamber.slug() != null ? chamber.slug() : Slugs.of(chamber.name());
            chambers.save(new Chamber(parliament.getId(), slug, chamber.name(), chamber.seats(), ++position));
        }
        return parliament;
    }
}
