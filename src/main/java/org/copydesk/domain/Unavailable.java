package org.copydesk.domain;

import java.util.Map;

/** A service the action needs cannot be reached or refuses Copydesk now; the same request may succeed later. */
public final class Unavailable extends DomainException {

    public Unavailable(String reason) {
        super(reason, null, Map.of());
    }
}
