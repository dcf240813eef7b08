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
import org.copydesk.security.entity.VerifiedCaller;

/** The person behind the current request, as the container authenticated them from their token. */
@ApplicationScoped
public class CurrentActor {

    @Inject
    BeanManager beanManager;

    @Inject
    SecurityContext securityContext;

    public Actor get() {
        if (!requestActive()) {
            return Actor.SYSTEM;
        }
        Principal principal = securityContext.getCallerPrincipal();
        if (principal instanceof VerifiedCaller caller) {
            return caller.actor(); // derived once, when the token was verified
        }
        if (principal == null) {
            return Actor.ANONYMOUS;
        }
        Set<String> roles = Role.ALL.stream()
                .filter(securityContext::isCallerInRole)
                .collect(Collectors.toUnmodifiableSet());
        return new Actor(principal.getName(), null, roles);
    }

    private boolean requestActive() {
        try {
            return beanManager.getContext(RequestScoped.class).isActive();
        } catch (ContextNotActiveException e) {
            return false;
        }
    }
}
