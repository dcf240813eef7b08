package org.copydesk.web;

import java.util.UUID;

/** Ids in paths and query strings: one that is not a UUID names nothing, so it is a 404 like an unknown one. */
public final class Ids {

    private Ids() {
    }

    /** An id a request body gives in {@code field}; one that is not a UUID is a 422 naming the field. */
    public static UUID inBody(String field, String what, String id) {
        try {
            return UUID.fromString(id.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.unprocessable("'" + field + "' is not " + what + " id: " + id);
        }
    }

    public static UUID of(String what, String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ProblemException.notFound(what, id);
        }
    }
}
