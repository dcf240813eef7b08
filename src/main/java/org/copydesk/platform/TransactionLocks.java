package org.copydesk.platform;

import jakarta.transaction.TransactionScoped;
import java.io.Serializable;
import java.util.HashSet;
import java.util.Set;

/**
 * The row locks the current transaction holds already, by name ("article:" and its id), so that code further down
 * the same transaction does not ask the database for a lock it has.
 */
@TransactionScoped
public class TransactionLocks implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Set<String> held = new HashSet<>();

    public static String article(Object articleId) {
        return "article:" + articleId;
    }

    public boolean holds(String lock) {
        return held.contains(lock);
    }

    public void hold(String lock) {
        held.add(lock);
    }
}
