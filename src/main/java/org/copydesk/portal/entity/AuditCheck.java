package org.copydesk.portal.entity;

import java.time.Instant;

/** What re-verifying the audit trail found. Pages read it through getters, hence a class rather than a record. */
public class AuditCheck {

    private boolean intact;
    private long entries;
    private long chains;
    private long anchors;
    private ChainBreak firstBreak;
    private Instant verifiedAt;
    private long millis;

    public boolean isIntact() {
        return intact;
    }

    public void setIntact(boolean intact) {
        this.intact = intact;
    }

    public long getEntries() {
        return entries;
    }

    public void setEntries(long entries) {
        this.entries = entries;
    }

    public long getChains() {
        return chains;
    }

    public void setChains(long chains) {
        this.chains = chains;
    }

    public long getAnchors() {
        return anchors;
    }

    public void setAnchors(long anchors) {
        this.anchors = anchors;
    }

    public ChainBreak getFirstBreak() {
        return firstBreak;
    }

    public void setFirstBreak(ChainBreak firstBreak) {
        this.firstBreak = firstBreak;
    }

    public Instant getVerifiedAt() {
        return verifiedAt;
    }

    public void setVerifiedAt(Instant verifiedAt) {
        this.verifiedAt = verifiedAt;
    }

    public long getMillis() {
        return millis;
    }

    public void setMillis(long millis) {
        this.millis = millis;
    }

    /** The first link that does not hold: which entry, of which chain (and article), and what broke. */
    public static class ChainBreak {

        private Long entryId;
        private String chainKey;
        private Long chainSeq;
        private String articleId;
        private String problem;

        public Long getEntryId() {
            return entryId;
        }

        public void setEntryId(Long entryId) {
            this.entryId = entryId;
        }

        public String getChainKey() {
            return chainKey;
        }

        public void setChainKey(String chainKey) {
            this.chainKey = chainKey;
        }

        public Long getChainSeq() {
            return chainSeq;
        }

        public void setChainSeq(Long chainSeq) {
            this.chainSeq = chainSeq;
        }

        public String getArticleId() {
            return articleId;
        }

        public void setArticleId(String articleId) {
            this.articleId = articleId;
        }

        public String getProblem() {
            return problem;
        }

        public void setProblem(String problem) {
            this.problem = problem;
        }
    }
}
