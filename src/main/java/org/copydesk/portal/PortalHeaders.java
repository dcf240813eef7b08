package org.copydesk.portal;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * The portal's pages load only what the portal serves, are never framed, and are never sniffed as another type.
 * Set before the page is written, so that error pages carry them too. A Faces page replaces the policy with
 * PrimeFaces' own, which adds the nonce of the page's scripts: two policies would both apply, and the one
 * without the nonce would block them.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class PortalHeaders extends HttpFilter {

    private static final String CSP = "Content-Security-Policy";

    @Inject
    PortalConfig config;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader(CSP, config.getContentSecurityPolicy());
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void addHeader(String name, String value) {
                if (CSP.equalsIgnoreCase(name)) {
                    setHeader(name, value);
                } else {
                    super.addHeader(name, value);
                }
            }
        });
    }
}
