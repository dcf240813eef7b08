package org.copydesk.publish.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A partner receiving published articles by webhook, each signed with the partner's own secret. */
@Entity
@Table(name = "partner")
public class Partner {

    @Id
    private UUID id;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 2000)
    private String url;

    @Column(nullable = false, length = 200)
    private String secret;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Partner() {
    }

    public Partner(String name, String url, String secret, Instant at) {
        this.id = UUID.randomUUID();
        this.name = name;
        this.url = url;
        this.secret = secret;
        this.active = true;
        this.createdAt = at;
    }

    public void change(String newName, String newUrl, boolean isActive) {
        this.name = newName;
        this.url = newUrl;
        this.active = isActive;
    }

    public UUID getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getUrl() {
        return url;
    }

    public String getSecret() {
        return secret;
    }

    public boolean isActive() {
        return active;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
