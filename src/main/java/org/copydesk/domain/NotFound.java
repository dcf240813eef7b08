package org.copydesk.domain;

import java.util.Map;

/** Nothing of this kind with this id. */
public final class NotFound extends DomainException {

    private final String what;
    private final String id;

    public NotFound(String what, Object id) {
        super("No " + what + " with id " + id, null, Map.of());
        this.what = what;
        this.id = String.valueOf(id);
    }

    public String what() {
        return what;
    }

    public String id() {
        return id;
    }
}
