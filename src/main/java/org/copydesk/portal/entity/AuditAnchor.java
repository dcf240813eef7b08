package org.copydesk.portal.entity;

import java.time.Instant;

/** An anchor over the audit chains' heads, as the console lists it. */
public class AuditAnchor {

    private long id;
    private Instant createdAt;
    private int chains;
    private String anchorHash;

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    public int getChains() {
        return chains;
    }

    public void setChains(int chains) {
        this.chains = chains;
    }

    public String getAnchorHash() {
        return anchorHash;
    }

    public void setAnchorHash(String anchorHash) {
        this.anchorHash = anchorHash;
    }
}
