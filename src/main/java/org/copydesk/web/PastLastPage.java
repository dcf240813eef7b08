package org.copydesk.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.Provider;

/**
 * A page past the last one is a mistake in the client's paging (an empty page would read as "nothing more"
 * only by luck), so every listing answers it with 400 saying how many pages there are.
 */
@Provider
public class PastLastPage implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() == Status.OK.getStatusCode() && response.getEntity() instanceof Paged paged
                && paged.pastLastPage()) {
            response.setStatus(Status.BAD_REQUEST.getStatusCode());
            response.setEntity(new Problem("about:blank", "Bad request", Status.BAD_REQUEST.getStatusCode(),
                    paged.pastLastPageReason(), request.getUriInfo().getRequestUri().getPath()),
                    response.getEntityAnnotations(), MediaType.valueOf(Problem.MEDIA_TYPE));
        }
    }
}
