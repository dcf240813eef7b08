package org.copydesk.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Set;
import java.util.stream.Collectors;
import org.copydesk.security.entity.Actor;
import org.copydesk.security.entity.Role;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The person behind the current request, as the container authenticated them from their token. */
@ApplicationScoped
public class CurrentActor {

    private static final Set<String> ROLES = Set.of(Role.INGEST, Role.TRIAGE_EDITOR, Role.FACT_CHECKER,
            Role.PUBLISHER, Role.ADMIN, Role.READER);

    @Inject
    BeanManager beanManager;

    @Inject
    SecurityContext securityContext;

    public Actor get() {
        if (!requestActive()) {
            return Actor.SYSTEM;
        }
        Principal principal = securityContext.getCallerPrincipal();
        if (principal == null) {
            return Actor.ANONYMOUS;
        }
        String subject = principal instanceof JsonWebToken token ? token.getSubject() : null;
        Set<String> roles = ROLES.stream()
                .filter(securityContext::isCallerInRole)
                .collect(Collectors.toUnmodifiableSet());
        return new Actor(principal.getName(), subject, roles);
    }

    private boolean requestActive() {
        try {
            return beanManager.getContext(RequestScoped.class).isActive();
        } catch (ContextNotActiveException e) {
            return false;
        }
    }
}
