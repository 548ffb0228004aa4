package org.hemicycle.version;

/** Why a version was taken. Drafts are saved by an editor; the adopted text and amendments by the cycle's rules. */
public enum VersionKind {
    DRAFT, DRAFT_FOR_CONSULTATION, ADOPTED, AMENDMENT;

    /** What an editor may save by hand, before the plan is adopted. */
    public boolean isDraft() {
        return this == DRAFT || this == DRAFT_FOR_CONSULTATION;
    }
}
