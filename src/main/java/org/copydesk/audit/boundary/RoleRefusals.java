package org.copydesk.audit.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.copydesk.audit.control.AuditTrail;
import org.copydesk.security.control.CurrentActor;
import org.copydesk.security.entity.Actor;
import org.copydesk.web.RefusedByRole;

/** Records the calls the container refused by role, with who asked and with which roles. */
@ApplicationScoped
public class RoleRefusals {

    @Inject
    AuditTrail auditTrail;

    @Inject
    CurrentActor currentActor;

    void record(@Observes RefusedByRole refusal) {
        Actor actor = currentActor.get();
        auditTrail.recordRefusal(null, null, null,
                actor.username() + " with roles " + actor.roles() + " may not call " + refusal.path());
    }
}
