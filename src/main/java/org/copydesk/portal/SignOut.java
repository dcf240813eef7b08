package org.copydesk.portal;

import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Ends the portal session and the Keycloak session, then comes back to the portal. */
@WebServlet("/logout")
public class SignOut extends HttpServlet {

    @Inject
    PortalConfig config;

    @Inject
    OpenIdContext openIdContext;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String idToken = request.getUserPrincipal() == null ? null : openIdContext.getIdentityToken().getToken();
        // The mechanism keeps the sign-in in the session; request.logout() would answer the request itself.
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        String back = request.getRequestURL().toString().replaceFirst("/logout$", "/");
        StringBuilder endSession = new StringBuilder(config.getProviderUri())
                .append("/protocol/openid-connect/logout?client_id=").append(encode(config.getClientId()))
                .append("&post_logout_redirect_uri=").append(encode(back));
        if (idToken != null) {
            endSession.append("&id_token_hint=").append(encode(idToken));
        }
        response.sendRedirect(endSession.toString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
