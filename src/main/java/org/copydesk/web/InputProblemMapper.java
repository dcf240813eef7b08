package org.copydesk.web;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Jersey brings a mapper of its own for Bean Validation's refusals, which answers with an empty body or plain
 * text; this one takes precedence and lists the refused fields as problem+json like every other error.
 */
@Provider
@Priority(1)
public class InputProblemMapper implements ExceptionMapper<ValidationException> {

    @Inject
    Problems problems;

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(ValidationException invalid) {
        return problems.toResponse(invalid, uriInfo);
    }
}
