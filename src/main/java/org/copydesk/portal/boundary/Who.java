package org.copydesk.portal.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.List;
import org.copydesk.security.entity.Role;

/** The person signed in, with the roles the pages show and adapt to; what they may do is the API's to decide. */
@Named
@RequestScoped
public class Who {

    static final List<String> ROLES = List.of(Role.TRIAGE_EDITOR, Role.FACT_CHECKER, Role.PUBLISHER, Role.ADMIN,
            Role.SUPERVISOR, Role.INGEST, Role.READER);
    private static final List<String> REVIEW_ROLES = List.of(Role.TRIAGE_EDITOR, Role.FACT_CHECKER, Role.PUBLISHER,
            Role.ADMIN, Role.SUPERVISOR);

    @Inject
    SecurityContext securityContext;

    public String getName() {
        return securityContext.getCallerPrincipal() == null ? "" : securityContext.getCallerPrincipal().getName();
    }

    public List<String> getRoles() {
        return ROLES.stream().filter(securityContext::isCallerInRole).toList();
    }

    public String getRoleList() {
        return String.join(", ", getRoles());
    }

    /** Whether the person has an inbox at all: readers and the ingest feed have none. */
    public boolean isReviewer() {
        return REVIEW_ROLES.stream().anyMatch(securityContext::isCallerInRole);
    }

    /** Whether the console's pages are in the menu; the API still decides every admin call. */
    public boolean isAdmin() {
        return securityContext.isCallerInRole(Role.ADMIN);
    }

    public boolean isTriageEditor() {
        return securityContext.isCallerInRole(Role.TRIAGE_EDITOR) || securityContext.isCallerInRole(Role.ADMIN);
    }
}
