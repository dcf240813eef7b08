package org.copydesk.factcheck.control;

import org.copydesk.factcheck.entity.ClaimKind;
import org.copydesk.factcheck.entity.ClaimValue;

/**
 * A value found in a sentence, before its subject is known.
 *
 * @param start     start of the phrase carrying the value
 * @param end       end (exclusive) of that phrase
 * @param attribute for roles and awards, their attribute ("role:ceo", "award:turing"); otherwise empty
 */
record Finding(ClaimKind kind, int start, int end, ClaimValue value, String attribute) {

    Finding(ClaimKind kind, int start, int end, ClaimValue value) {
        this(kind, start, end, value, "");
    }

    boolean overlaps(int from, int to) {
        return start < to && from < end;
    }

    /** Characters between this phrase and [from, to); 0 when they touch or overlap. */
    int distanceTo(int from, int to) {
        if (to <= start) {
            return start - to;
        }
        if (end <= from) {
            return from - end;
        }
        return 0;
    }
}
