package org.hemicycle.report;

import java.util.Locale;
import java.util.Optional;

/** The two progress reports of a plan: at mid-term, how it goes; at the end of term, what it did and how it was judged. */
public enum ReportKind {
    MID_TERM, END_OF_TERM;

    /** In addresses: {@code mid-term}, {@code end-of-term}. */
    public String path() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<ReportKind> ofPath(String path) {
        for (ReportKind kind : values()) {
            if (kind.path().equals(path)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
