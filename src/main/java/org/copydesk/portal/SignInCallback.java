package org.copydesk.portal;

import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.copydesk.security.entity.Role;

/** Where Keycloak sends the browser back; the mechanism has signed the caller in by the time this runs. */
@WebServlet("/Callback")
@ServletSecurity(@HttpConstraint(rolesAllowed = {Role.INGEST, Role.TRIAGE_EDITOR, Role.FACT_CHECKER,
        Role.PUBLISHER, Role.ADMIN, Role.READER, Role.SUPERVISOR}))
public class SignInCallback extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + "/");
    }
}
