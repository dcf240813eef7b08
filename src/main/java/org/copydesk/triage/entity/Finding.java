package org.copydesk.triage.entity;

import java.util.Objects;

/**
 * One thing the triage noticed.
 *
 * @param start       first character of the flagged span in the ORIGINAL text (inclusive)
 * @param end         end of the flagged span in the ORIGINAL text (exclusive)
 * @param explanation why it was flagged, for the editor
 * @param removed     whether the span is left out of the working text (undo with {@link #withRemoved(boolean)})
 */
public record Finding(FindingKind kind, Severity severity, int start, int end, String explanation, boolean removed) {

    public Finding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(explanation, "explanation");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid span " + start + ".." + end);
        }
    }

    public Finding withRemoved(boolean nowRemoved) {
        return new Finding(kind, severity, start, end, explanation, nowRemoved);
    }

    public boolean covers(int from, int to) {
        return start <= from && to <= end;
    }

    public boolean overlaps(int from, int to) {
        return start < to && from < end;
    }
}
