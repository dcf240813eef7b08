package org.copydesk.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import org.copydesk.security.entity.Actor;

/** The person behind the current request, as the container authenticated them. */
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
        if (principal == null) {
            return Actor.ANONYMOUS;
        }
        return new Actor(principal.getName(), null);
    }

    private boolean requestActive() {
        try {
            return beanManager.getContext(RequestScoped.class).isActive();
        } catch (ContextNotActiveException e) {
            return false;
        }
    }
}
