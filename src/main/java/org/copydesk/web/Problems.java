package org.copydesk.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.resource.ResourceException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.copydesk.domain.Conflict;
import org.copydesk.domain.DomainException;
import org.copydesk.domain.NotAllowed;
import org.copydesk.domain.NotFound;
import org.copydesk.domain.Unavailable;
import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.flowable.common.engine.api.FlowableTaskAlreadyClaimedException;
import org.glassfish.jersey.server.ParamException;
import org.hibernate.StaleStateException;
import org.hibernate.exception.JDBCConnectionException;

/**
 * Every error leaves the API as application/problem+json with a reason a person can read. A refusal by role,
 * decided by the container before any Copydesk code runs, is announced for the audit trail to record.
 */
@ApplicationScoped
public class Problems {

    private static final Logger LOG = Logger.getLogger(Problems.class.getName());
    /** SQL states and H2 error codes that mean another transaction changed the same rows first. */
    private static final Set<String> CONCURRENT_UPDATE_STATES = Set.of("40001", "40P01", "HYT00");
    private static final Set<Integer> CONCURRENT_UPDATE_CODES = Set.of(90131, 50200, 40001);
    /** SQL states (PostgreSQL's, H2 keeps to the standard 08 class) that mean the database cannot be reached now. */
    private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03", "53300");
    /** Seconds a client should wait before trying again while the database is unreachable. */
    static final int RETRY_AFTER_SECONDS = 5;

    @Inject
    Event<RefusedByRole> refusals;

    @Inject
    HttpServletRequest request;

    public Response toResponse(Throwable thrown, UriInfo uriInfo) {
        String path = uriInfo == null ? null : uriInfo.getRequestUri().getPath();
        Problem problem = problemOf(thrown, path);
        if (problem.status() >= 500) {
            LOG.log(Level.SEVERE, "Request failed: " + path, thrown);
        }
        Response.ResponseBuilder response = Response.status(problem.status()).type(Problem.MEDIA_TYPE)
                .entity(bodyOf(problem, thrown));
        if (problem.status() == 401) {
            response.header("WWW-Authenticate", "Bearer realm=\"copydesk\"");
        }
        if (problem.status() == 503) {
            response.header("Retry-After", RETRY_AFTER_SECONDS);
        }
        return response.build();
    }

    /** The problem with the members its exception adds, written at the top level as RFC 9457 has them. */
    static Object bodyOf(Problem problem, Throwable thrown) {
        Map<String, Object> extensions = extensionsOf(thrown);
        if (extensions.isEmpty()) {
            return problem;
        }
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("type", problem.type());
        members.put("title", problem.title());
        members.put("status", problem.status());
        members.put("detail", problem.detail());
        members.put("instance", problem.instance());
        members.putAll(extensions);
        return members;
    }

    private static Map<String, Object> extensionsOf(Throwable thrown) {
        ProblemException problem = causeOf(thrown, ProblemException.class);
        if (problem != null) {
            return problem.extensions();
        }
        DomainException refusal = causeOf(thrown, DomainException.class);
        if (refusal != null) {
            return refusal.details();
        }
        ConstraintViolationException invalid = causeOf(thrown, ConstraintViolationException.class);
        if (invalid != null) {
            return Map.of("violations", InputViolations.of(invalid).list());
        }
        return Map.of();
    }

    Problem problemOf(Throwable thrown, String path) {
        ProblemException problem = causeOf(thrown, ProblemException.class);
        if (problem != null) {
            return new Problem("about:blank", problem.title(), problem.status(), problem.getMessage(), path);
        }
        DomainException refusal = causeOf(thrown, DomainException.class);
        if (refusal != null) {
            return domainProblem(refusal, path);
        }
        ConstraintViolationException invalid = causeOf(thrown, ConstraintViolationException.class);
        if (invalid != null) {
            InputViolations violations = InputViolations.of(invalid);
            return violations.inBody()
                    ? new Problem("about:blank", "Unprocessable content", 422, violations.describe(), path)
                    : new Problem("about:blank", "Bad request", 400, violations.describe(), path);
        }
        ParamException unreadable = causeOf(thrown, ParamException.class);
        if (unreadable != null && unreadable.getParameterType() != PathParam.class) {
            // JAX-RS answers 404 for a query parameter it cannot convert, as if the resource were missing
            return new Problem("about:blank", "Bad request", 400, kindOf(unreadable) + " '"
                    + unreadable.getParameterName() + "' cannot be read: " + rootMessage(thrown), path);
        }
        if (isDatabaseUnavailable(thrown)) {
            return new Problem("about:blank", "Service unavailable", 503,
                    "The database cannot be reached at the moment; nothing was changed, try again in a few seconds",
                    path);
        }
        if (isConcurrentUpdate(thrown)) {
            return new Problem("about:blank", "Conflict", 409,
                    "Someone else changed this at the same moment; reload and try again", path);
        }
        if (causeOf(thrown, JsonbException.class) != null || thrown instanceof ProcessingException) {
            return new Problem("about:blank", "Malformed request body", 400,
                    "The body is not valid JSON for this resource: " + rootMessage(thrown), path);
        }
        if (thrown instanceof WebApplicationException web) {
            Response.StatusType status = web.getResponse().getStatusInfo();
            return new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(),
                    detailOf(web, status.getStatusCode(), path), path);
        }
        return new Problem("about:blank", "Internal server error", 500,
                "The server could not complete the request; it has been logged", path);
    }

    private static Problem domainProblem(DomainException refusal, String path) {
        Problem generic;
        if (refusal instanceof NotFound) {
            generic = new Problem("about:blank", "Not found", 404, refusal.reason(), path);
        } else if (refusal instanceof Conflict) {
            generic = new Problem("about:blank", "Conflict", 409, refusal.reason(), path);
        } else if (refusal instanceof NotAllowed) {
            generic = new Problem("about:blank", "Forbidden", 403, refusal.reason(), path);
        } else if (refusal instanceof Unavailable) {
            generic = new Problem("about:blank", "Service unavailable", 503, refusal.reason(), path);
        } else {
            generic = new Problem("about:blank", "Unprocessable content", 422, refusal.reason(), path);
        }
        return refusal.summary().map(summary -> new Problem(generic.type(), summary, generic.status(),
                generic.detail(), path)).orElse(generic);
    }

    private static String kindOf(ParamException unreadable) {
        Class<?> type = unreadable.getParameterType();
        return type == QueryParam.class ? "The query parameter" : type == HeaderParam.class ? "The header"
                : type == CookieParam.class ? "The cookie" : type == FormParam.class ? "The form field"
                : "The parameter";
    }

    private String detailOf(WebApplicationException web, int status, String path) {
        return switch (status) {
            case 401 -> Unauthenticated.reasonOf(request);
            case 403 -> refusedByRole(path);
            case 404 -> "No resource at " + path;
            case 405 -> "This method is not allowed on " + path;
            case 406 -> "None of the accepted media types can be produced here";
            case 415 -> "This media type is not accepted here; see /openapi for what each endpoint consumes";
            default -> web.getMessage();
        };
    }

    private String refusedByRole(String path) {
        refusals.fire(new RefusedByRole(path));
        return "Your roles do not allow calling " + path;
    }

    static boolean isConcurrentUpdate(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof FlowableOptimisticLockingException || t instanceof FlowableTaskAlreadyClaimedException
                    || t instanceof OptimisticLockException || t instanceof StaleStateException) {
                return true;
            }
            // Set.of(...).contains(null) throws; a driver may leave the SQL state out
            if (t instanceof SQLException sql && (sql.getSQLState() != null
                    && CONCURRENT_UPDATE_STATES.contains(sql.getSQLState())
                    || CONCURRENT_UPDATE_CODES.contains(sql.getErrorCode()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The connection to the database failed or could not be had (the pool's {@link ResourceException}, a driver's
     * connection exception of SQL class 08, PostgreSQL shutting the session down): nothing the caller sent is
     * wrong, and the same request succeeds once the database is back.
     */
    static boolean isDatabaseUnavailable(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof ResourceException || t instanceof JDBCConnectionException
                    || t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || UNAVAILABLE_STATES.contains(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    private static <T extends Throwable> T causeOf(Throwable thrown, Class<T> type) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static String rootMessage(Throwable thrown) {
        Throwable root = thrown;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

}
