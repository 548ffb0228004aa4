package org.hemicycle.plan;

/**
 * Where a plan's pages are: its parliament's address and its own (the period's years). Events carry it, so that
 * a listener keeping pages (a cache, a search index, a feed) knows which without reading the database.
 */
public record PlanAddress(String parliamentSlug, String planSlug) {

    public String parliamentPath() {
        return "/parliaments/" + parliamentSlug;
    }

    public String path() {
        return parliamentPath() + "/plans/" + planSlug;
    }
}
