package org.copydesk.web;

import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.flowable.common.engine.api.FlowableTaskAlreadyClaimedException;
import org.hibernate.StaleStateException;

/** Every error leaves the API as application/problem+json with a reason a person can read. */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());
    /** SQL states and H2 error codes that mean another transaction changed the same rows first. */
    private static final Set<String> CONCURRENT_UPDATE_STATES = Set.of("40001", "40P01", "HYT00");
    private static final Set<Integer> CONCURRENT_UPDATE_CODES = Set.of(90131, 50200, 40001);

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(Throwable thrown) {
        Problem problem = problemOf(thrown);
        if (problem.status() >= 500) {
            LOG.log(Level.SEVERE, "Request failed: " + path(), thrown);
        }
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private Problem problemOf(Throwable thrown) {
        ProblemException problem = causeOf(thrown, ProblemException.class);
        if (problem != null) {
            return problem(problem.status(), problem.title(), problem.getMessage());
        }
        if (isConcurrentUpdate(thrown)) {
            return problem(409, "Conflict", "Someone else changed this at the same moment; reload and try again");
        }
        if (causeOf(thrown, JsonbException.class) != null || thrown instanceof ProcessingException) {
            return problem(400, "Malformed request body", "The body is not valid JSON for this resource: "
                    + rootMessage(thrown));
        }
        if (thrown instanceof WebApplicationException web) {
            Response.StatusType status = web.getResponse().getStatusInfo();
            return problem(status.getStatusCode(), status.getReasonPhrase(), detailOf(web, status.getStatusCode()));
        }
        return problem(500, "Internal server error", "The server could not complete the request; it has been logged");
    }

    private String detailOf(WebApplicationException web, int status) {
        return switch (status) {
            case 404 -> "No resource at " + path();
            case 405 -> "This method is not allowed on " + path();
            case 406 -> "None of the accepted media types can be produced here";
            case 415 -> "This media type is not accepted here; see /openapi for what each endpoint consumes";
            default -> web.getMessage();
        };
    }

    static boolean isConcurrentUpdate(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof FlowableOptimisticLockingException || t instanceof FlowableTaskAlreadyClaimedException
                    || t instanceof OptimisticLockException || t instanceof StaleStateException) {
                return true;
            }
            if (t instanceof SQLException sql && (CONCURRENT_UPDATE_STATES.contains(sql.getSQLState())
                    || CONCURRENT_UPDATE_CODES.contains(sql.getErrorCode()))) {
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

    private Problem problem(int status, String title, String detail) {
        return new Problem("about:blank", title, status, detail, path());
    }

    private String path() {
        return uriInfo == null ? null : uriInfo.getRequestUri().getPath();
    }
}
