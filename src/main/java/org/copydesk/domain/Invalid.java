package org.copydesk.domain;

import java.util.Map;

/** The input is well formed but cannot be acted on: a decision the task does not take, a missing reason. */
public final class Invalid extends DomainException {

    public Invalid(String reason) {
        super(reason, null, Map.of());
    }

    public Invalid(String reason, String summary, Map<String, Object> details) {
        super(reason, summary, details);
    }
}
