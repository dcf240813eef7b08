package org.copydesk.audit.control;

import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;
import org.copydesk.audit.entity.ChainBreak;
import org.copydesk.audit.entity.AuditSeal;
import org.copydesk.audit.entity.ChainLink;

/**
 * Walks the stored entries in chain order (chain, then position) and finds the first that does not hold: a seal
 * that no longer matches the content (an edit), a position skipped or a link to another seal (a deletion or an
 * insertion), an entry never sealed, or an anchored head that is gone (the tail of a chain deleted).
 */
public final class ChainWalk {

    private final AuditSeal seal = new AuditSeal();
    private final Map<String, NavigableMap<Long, String>> anchoredHeads;
    private ChainBreak firstBreak;
    private String chainKey;
    private long lastSeq;
    private String lastHash;
    private long entries;
    private long chains;

    /** @param anchoredHeads per chain, the positions and seals the anchors recorded */
    public ChainWalk(Map<String, NavigableMap<Long, String>> anchoredHeads) {
        this.anchoredHeads = new HashMap<>(anchoredHeads);
    }

    public ChainWalk() {
        this(Map.of());
    }

    /** Takes the next entry in chain order; returns false once a break is found, when the walk may stop. */
    public boolean accept(ChainLink link) {
        if (firstBreak != null) {
            return false;
        }
        entries++;
        if (link.chainKey() == null || link.chainSeq() == null || link.entryHash() == null) {
            return broken(link, "entry is not sealed into any chain");
        }
        if (!link.chainKey().equals(chainKey)) {
            if (chainKey != null && !endChain()) {
                return false;
            }
            chainKey = link.chainKey();
            chains++;
            lastSeq = 0;
            lastHash = null;
        }
        if (link.chainSeq() != lastSeq + 1) {
            return broken(link, link.chainSeq() == lastSeq ? "a second entry at position " + lastSeq
                    : "entries missing before position " + link.chainSeq() + " (the chain went up to " + lastSeq + ")");
        }
        if (!Objects.equals(link.previousHash(), lastHash)) {
            return broken(link, "links to a previous seal the chain does not have at position " + lastSeq);
        }
        if (!seal.of(link).equals(link.entryHash())) {
            return broken(link, "content no longer matches its seal");
        }
        NavigableMap<Long, String> anchored = anchoredHeads.get(chainKey);
        String anchoredHash = anchored == null ? null : anchored.get(link.chainSeq());
        if (anchoredHash != null && !anchoredHash.equals(link.entryHash())) {
            return broken(link, "seal differs from the one an anchor recorded for position " + link.chainSeq());
        }
        lastSeq = link.chainSeq();
        lastHash = link.entryHash();
        return true;
    }

    /** Ends the walk; checks that no anchored chain lost its tail or vanished altogether. */
    public ChainBreak finish() {
        if (firstBreak == null && chainKey != null) {
            endChain();
        }
        if (firstBreak == null) {
            anchoredHeads.entrySet().stream()
                    .filter(chain -> !chain.getValue().isEmpty())
                    .min(Map.Entry.comparingByKey())
                    .ifPresent(chain -> firstBreak = new ChainBreak(null, chain.getKey(), chain.getValue().lastKey(),
                            articleOf(chain.getKey()), "the whole chain is gone, though an anchor recorded it up to "
                            + "position " + chain.getValue().lastKey()));
        }
        return firstBreak;
    }

    public long entries() {
        return entries;
    }

    public long chains() {
        return chains;
    }

    private boolean endChain() {
        NavigableMap<Long, String> anchored = anchoredHeads.remove(chainKey);
        if (anchored != null && !anchored.isEmpty() && anchored.lastKey() > lastSeq) {
            firstBreak = new ChainBreak(null, chainKey, lastSeq + 1, articleOf(chainKey),
                    "entries after position " + lastSeq + " are gone, though an anchor recorded the chain up to "
                    + anchored.lastKey());
            return false;
        }
        return true;
    }

    private boolean broken(ChainLink link, String problem) {
        firstBreak = new ChainBreak(link.id(), link.chainKey(), link.chainSeq(),
                link.articleId() != null ? link.articleId() : articleOf(link.chainKey()), problem);
        return false;
    }

    private static String articleOf(String chainKey) {
        return chainKey != null && chainKey.length() == 36 ? chainKey : null;
    }

    /** Anchored heads as the walk wants them, built from (chain, position, seal) rows. */
    public static void addAnchoredHead(Map<String, NavigableMap<Long, String>> heads, String chain, long seq,
                                       String hash) {
        heads.computeIfAbsent(chain, key -> new TreeMap<>()).put(seq, hash);
    }
}
