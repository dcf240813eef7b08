package org.copydesk.security.entity;

import java.util.Set;

/** The realm roles Copydesk knows; each reaches the server as a group in the token's {@code groups} claim. */
public final class Role {

    public static final String INGEST = "ingest";
    public static final String TRIAGE_EDITOR = "triage-editor";
    public static final String FACT_CHECKER = "fact-checker";
    public static final String PUBLISHER = "publisher";
    public static final String ADMIN = "admin";
    public static final String READER = "reader";
    /** Takes over a review task that stayed open well past its due date, once the task is offered to them. */
    public static final String SUPERVISOR = "supervisor";

    public static final Set<String> ALL = Set.of(INGEST, TRIAGE_EDITOR, FACT_CHECKER, PUBLISHER, ADMIN, READER,
            SUPERVISOR);

    private Role() {
    }
}
