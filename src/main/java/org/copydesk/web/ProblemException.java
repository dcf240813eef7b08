package org.copydesk.web;

import jakarta.ws.rs.core.Response.Status;
import java.util.Map;

/** A refusal with a reason a client can read; mapped to application/problem+json by {@link Problems}. */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String title;
    private final Map<String, Object> extensions;

    public ProblemException(int status, String title, String detail) {
        this(status, title, detail, Map.of());
    }

    /** A problem with extension members (RFC 9457, section 3.2) that list what the client must fix. */
    public ProblemException(int status, String title, String detail, Map<String, Object> extensions) {
        super(detail);
        this.status = status;
        this.title = title;
        this.extensions = Map.copyOf(extensions);
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(Status.BAD_REQUEST.getStatusCode(), "Bad request", detail);
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(Status.NOT_FOUND.getStatusCode(), "Not found", "No " + what + " with id " + id);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(Status.FORBIDDEN.getStatusCode(), "Forbidden", detail);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(Status.CONFLICT.getStatusCode(), "Conflict", detail);
    }

    public static ProblemException unprocessable(String detail) {
        return new ProblemException(422, "Unprocessable content", detail);
    }

    public static ProblemException payloadTooLarge(long limit) {
        return new ProblemException(Status.REQUEST_ENTITY_TOO_LARGE.getStatusCode(), "Content too large",
                "The request body is larger than the limit of " + limit + " bytes");
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public Map<String, Object> extensions() {
        return extensions;
    }
}
