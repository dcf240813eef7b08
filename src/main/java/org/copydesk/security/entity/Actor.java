package org.copydesk.security.entity;

/** Who acts: the username shown in the audit trail and the identity provider's stable subject id. */
public record Actor(String username, String subject) {

    public static final Actor ANONYMOUS = new Actor("anonymous", null);
    /** The engine itself, acting in a background job with nobody behind the request. */
    public static final Actor SYSTEM = new Actor("system", null);
}
