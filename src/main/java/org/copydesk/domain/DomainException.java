package org.copydesk.domain;

import java.util.Map;
import java.util.Optional;

/**
 * A refusal in the newsroom's terms: the reason a person can read, an optional short summary of the kind of
 * refusal and the details a client needs to fix it (for example the claims that keep an article from approval).
 * The boundary decides how each kind leaves the application.
 */
public abstract sealed class DomainException extends RuntimeException permits NotFound, Conflict, NotAllowed, Invalid,
        Unavailable {

    private final String summary;
    private final Map<String, Object> details;

    protected DomainException(String reason, String summary, Map<String, Object> details) {
        super(reason);
        this.summary = summary;
        this.details = Map.copyOf(details);
    }

    public String reason() {
        return getMessage();
    }

    /** A short name for this kind of refusal when it is narrower than its class, such as "Claims not settled". */
    public Optional<String> summary() {
        return Optional.ofNullable(summary);
    }

    public Map<String, Object> details() {
        return details;
    }
}
