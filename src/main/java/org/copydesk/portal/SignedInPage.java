package org.copydesk.portal;

import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.copydesk.security.entity.Role;
import org.jsoup.nodes.Entities;

/** The portal's landing page: who is signed in, with which roles, and a way out. */
@WebServlet("")
@ServletSecurity(@HttpConstraint(rolesAllowed = {Role.INGEST, Role.TRIAGE_EDITOR, Role.FACT_CHECKER,
        Role.PUBLISHER, Role.ADMIN, Role.READER}))
public class SignedInPage extends HttpServlet {

    static final List<String> ROLES = List.of(Role.TRIAGE_EDITOR, Role.FACT_CHECKER, Role.PUBLISHER, Role.ADMIN,
            Role.INGEST, Role.READER);

    @Inject
    SecurityContext securityContext;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String user = securityContext.getCallerPrincipal().getName();
        List<String> roles = ROLES.stream().filter(securityContext::isCallerInRole).toList();
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write("""
                <!doctype html>
                <html lang="en"><head><meta charset="utf-8"><title>Copydesk</title></head>
                <body>
                <h1>Copydesk</h1>
                <p>Signed in as <strong id="user">%s</strong></p>
                <p>Roles: <span id="roles">%s</span></p>
                <p><a id="logout" href="%s/logout">Sign out</a></p>
                </body></html>
                """.formatted(Entities.escape(user), Entities.escape(String.join(", ", roles)),
                request.getContextPath()));
    }
}
