package org.copydesk.web;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A failed commit reaches JAX-RS as a {@link TransactionalException}, for which Jersey brings a mapper of its
 * own that answers with an HTML page; this one takes precedence and answers like every other error.
 */
@Provider
@Priority(1)
public class TransactionProblemMapper implements ExceptionMapper<TransactionalException> {

    @Inject
    Problems problems;

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(TransactionalException failedCommit) {
        return problems.toResponse(failedCommit, uriInfo);
    }
}
