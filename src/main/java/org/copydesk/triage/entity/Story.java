package org.copydesk.triage.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Articles about one event, in whatever language; named after the first article that started it. */
@Entity
@Table(name = "story")
public class Story {

    @Id
    private UUID id;

    @Column(nullable = false, length = 1000)
    private String title;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Story() {
    }

    public Story(String title, Instant at) {
        this.id = UUID.randomUUID();
        this.title = title;
        this.createdAt = at;
        this.updatedAt = at;
    }

    public void touch(Instant at) {
        this.updatedAt = at;
    }

    public UUID getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
