package org.copydesk.security.entity;

import java.util.Set;

/**
 * Who acts: the username shown in the audit trail, the identity provider's stable subject id, and the roles
 * the token granted.
 */
public record Actor(String username, String subject, Set<String> roles) {

    public static final Actor ANONYMOUS = new Actor("anonymous", null, Set.of());
    /** The engine itself, acting in a background job or at start-up with nobody behind it. */
    public static final Actor SYSTEM = new Actor("system", null, Set.of());

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean isAdmin() {
        return hasRole(Role.ADMIN);
    }

    /** Whether this is the same person as the one recorded; the subject id outlives a renamed account. */
    public boolean is(String recordedUsername, String recordedSubject) {
        return subject != null && recordedSubject != null ? subject.equals(recordedSubject)
                : username.equals(recordedUsername);
    }
}
