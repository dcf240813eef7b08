package org.copydesk.portal;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The portal's front door, open to all: with Keycloak reachable it leads to the inbox, where signing in starts;
 * with Keycloak down it says so (503) instead of sending the browser to a sign-in page that cannot answer. The
 * sign-in mechanism itself runs before any page or filter, so this is the one place that can look first.
 */
@WebServlet("")
public class SignInGate extends HttpServlet {

    @Inject
    SignInAvailability availability;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (availability.isAvailable()) {
            response.sendRedirect(request.getContextPath() + "/inbox.xhtml");
        } else {
            SignInUnavailablePage.write(request, response);
        }
    }
}
