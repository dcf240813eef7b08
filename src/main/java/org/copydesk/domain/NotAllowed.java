package org.copydesk.domain;

import java.util.Map;

/** The caller may not do this to this object: not in the task's group, or separation of duties. */
public final class NotAllowed extends DomainException {

    public NotAllowed(String reason) {
        super(reason, null, Map.of());
    }
}
