package org.copydesk.domain;

import java.util.Map;

/** The action does not fit the current state: a task claimed by someone else, a claim not yet verified. */
public final class Conflict extends DomainException {

    public Conflict(String reason) {
        super(reason, null, Map.of());
    }

    public Conflict(String reason, String summary, Map<String, Object> details) {
        super(reason, summary, details);
    }
}
