package org.copydesk.security.entity;

import jakarta.security.enterprise.CallerPrincipal;
import java.time.Instant;
import java.util.Set;

/**
 * A caller whose bearer token was verified: the actor it names, every group the token grants (the container maps
 * them to roles) and the moment the token stops being valid.
 */
public class VerifiedCaller extends CallerPrincipal {

    private final transient Actor actor;
    private final Set<String> groups;
    private final Instant expiresAt;

    public VerifiedCaller(Actor actor, Set<String> groups, Instant expiresAt) {
        super(actor.username());
        this.actor = actor;
        this.groups = Set.copyOf(groups);
        this.expiresAt = expiresAt;
    }

    public Actor actor() {
        return actor;
    }

    public Set<String> groups() {
        return groups;
    }

    public Instant expiresAt() {
        return expiresAt;
    }
}
