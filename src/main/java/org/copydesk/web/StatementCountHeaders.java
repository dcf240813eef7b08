package org.copydesk.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Logger;
import org.copydesk.platform.StatementCounts;

/**
 * With statement counting switched on (tests and benchmarks only), each API answer says how many SQL statements
 * and commits it cost, so that a test can pin them per call.
 */
@Provider
@PreMatching
public class StatementCountHeaders implements ContainerRequestFilter, ContainerResponseFilter {

    public static final String STATEMENTS = "Copydesk-Statements";
    public static final String COMMITS = "Copydesk-Commits";
    private static final String TALLY = StatementCountHeaders.class.getName();
    private static final Logger LOG = Logger.getLogger(StatementCountHeaders.class.getName());

    @Override
    public void filter(ContainerRequestContext request) {
        if (StatementCounts.on()) {
            request.setProperty(TALLY, StatementCounts.restart());
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(TALLY) instanceof StatementCounts.Tally tally) {
            response.getHeaders().putSingle(STATEMENTS, tally.statements());
            response.getHeaders().putSingle(COMMITS, tally.commits());
            String listing = tally.listing();
            if (!listing.isEmpty()) {
                LOG.info(() -> request.getMethod() + " " + request.getUriInfo().getPath() + " took " + tally.statements()
                        + " statements:" + listing);
            }
        }
    }
}
