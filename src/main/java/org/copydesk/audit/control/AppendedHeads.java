package org.copydesk.audit.control;

import jakarta.transaction.TransactionScoped;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The heads of the chains the current transaction appended to, as it left them, or read while it held their locks:
 * the next entry of the same chain links to them without reading the chain again, and entries are written once,
 * sealed, when the transaction ends.
 */
@TransactionScoped
public class AppendedHeads implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A chain's last position and seal. */
    record Head(long seq, String hash) implements Serializable {
        static final Head NONE = new Head(0, null);
    }

    private final Map<String, Head> heads = new HashMap<>();

    Optional<Head> of(String chain) {
        return Optional.ofNullable(heads.get(chain));
    }

    void appended(String chain, Head head) {
        heads.put(chain, head);
    }

    /** A head read from the database: what this transaction appended since is further along. */
    void read(String chain, Head head) {
        heads.putIfAbsent(chain, head);
    }
}
