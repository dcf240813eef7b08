package org.copydesk.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Why a request goes on without a caller, kept on the request by the authentication mechanism for the 401 that
 * the role check answers later: a reason a client developer can act on, not a bare status.
 */
public final class Unauthenticated {

    private static final String REASON = Unauthenticated.class.getName() + ".reason";
    private static final String NO_TOKEN = "This needs a bearer token from the Copydesk realm in the Authorization header";

    private Unauthenticated() {
    }

    public static void because(HttpServletRequest request, String reason) {
        request.setAttribute(REASON, reason);
    }

    /** Whether the request's credentials were already refused, so that they need not be checked twice. */
    public static boolean refused(HttpServletRequest request) {
        return request.getAttribute(REASON) != null;
    }

    static String reasonOf(HttpServletRequest request) {
        Object reason = request.getAttribute(REASON);
        return reason != null ? reason.toString() : NO_TOKEN;
    }
}
