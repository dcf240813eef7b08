package org.copydesk.portal;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * The first stop of a browser on its way to log in: on to Keycloak's login page with the sign-in request as the
 * mechanism made it, or, while Keycloak does not answer, the page saying that signing in is unavailable. The target
 * is always the realm's own authorization endpoint, so the relay cannot be used to send a browser elsewhere.
 */
@WebServlet(SignInRelay.PATH)
public class SignInRelay extends HttpServlet {

    static final String PATH = "/sign-in";

    @Inject
    SignInAvailability availability;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<String> login = availability.authorizationEndpoint();
        if (login.isEmpty()) {
            SignInUnavailablePage.writeUnavailable(request, response);
            return;
        }
        String query = request.getQueryString();
        response.setHeader("Cache-Control", "no-store");
        response.sendRedirect(query == null ? login.get() : login.get() + "?" + query);
    }
}
