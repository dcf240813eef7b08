package org.copydesk.ingest.entity;

import org.copydesk.workflow.entity.ArticleState;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.DynamicUpdate;

/**
 * An article as received, and where it stands in review.
 * <p>
 * The original bytes are kept untouched for the record; every automatic or editorial change goes to the
 * working text. The state follows the review workflow in the same transaction as the engine: mostly forward,
 * back to fact-check when a revision is resubmitted or the publisher sends it back, never out of a final
 * state, and out of PUBLISHED only to KILLED. A duplicate names the article it repeats. The version guards
 * concurrent reviewers.
 */
// a state change must not send the original bytes and the text back to the database each time
@DynamicUpdate
@Entity
@Table(name = "article")
public class Article {

    @Id
    private UUID id;

    @Column(nullable = false, length = 1000)
    private String title;

    @Column(nullable = false, length = 200)
    private String source;

    @Column(length = 2000)
    private String url;

    @Column(length = 16)
    private String language;

    @Column(name = "media_type", nullable = false, length = 100)
    private String mediaType;

    @Column(name = "original_content", nullable = false)
    private byte[] originalContent;

    @Column(name = "original_text")
    private String originalText;

    @Column(name = "working_text", nullable = false)
    private String workingText;

    @Column(name = "content_hash", nullable = false, length = 64)
    private String contentHash;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ArticleState state;

    @Column(name = "story_id")
    private UUID storyId;

    @Column(length = 20)
    private String priority;

    @Column(length = 40)
    private String desk;

    @Column(name = "routing_reasons", length = 4000)
    private String routingReasons;

    @Column(name = "duplicate_of")
    private UUID duplicateOf;

    @Column(name = "process_instance_id", length = 64)
    private String processInstanceId;

    @Version
    private long version;

    protected Article() {
    }

    public Article(String title, String source, String url, String language, String mediaType,
                   byte[] originalContent, String workingText, String contentHash, Instant receivedAt) {
        this.id = UUID.randomUUID();
        this.title = title;
        this.source = source;
        this.url = url;
        this.language = language;
        this.mediaType = mediaType;
        this.originalContent = originalContent.clone();
        this.originalText = workingText;
        this.workingText = workingText;
        this.contentHash = contentHash;
        this.receivedAt = receivedAt;
        this.updatedAt = receivedAt;
        this.state = ArticleState.INGESTED;
    }

    /** Moves the article to its next state; a final state is never left, a published article is only killed. */
    public void moveTo(ArticleState next, Instant at) {
        if (!state.mayBecome(next)) {
            throw new IllegalStateException("Article " + id + " is " + state + " and cannot become " + next);
        }
        this.state = next;
        this.updatedAt = at;
    }

    /** Triage found that this article repeats an earlier one; it closes as DUPLICATE, linked to the original. */
    public void markDuplicateOf(UUID original) {
        if (original.equals(id)) {
            throw new IllegalArgumentException("An article cannot duplicate itself");
        }
        this.duplicateOf = original;
    }

    public UUID getDuplicateOf() {
        return duplicateOf;
    }

    public void reviseWorkingText(String text, Instant at) {
        this.workingText = text;
        this.updatedAt = at;
    }

    /** What automatic triage learnt: the language, the story, and where and how urgently the article should go. */
    public void triaged(String detectedLanguage, UUID story, String priorityLevel, String suggestedDesk,
                        String reasons, Instant at) {
        if (this.language == null) {
            this.language = detectedLanguage;
        }
        this.storyId = story;
        this.priority = priorityLevel;
        this.desk = suggestedDesk;
        this.routingReasons = reasons;
        this.updatedAt = at;
    }

    public void moveToStory(UUID story) {
        this.storyId = story;
    }

    public void attachProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    public UUID getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getSource() {
        return source;
    }

    public String getUrl() {
        return url;
    }

    public String getLanguage() {
        return language;
    }

    public String getMediaType() {
        return mediaType;
    }

    public byte[] getOriginalContent() {
        return originalContent.clone();
    }

    /** The original decoded to text; the spans of findings point into it. */
    public String getOriginalText() {
        return originalText == null ? workingText : originalText;
    }

    public String getWorkingText() {
        return workingText;
    }

    public String getContentHash() {
        return contentHash;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public ArticleState getState() {
        return state;
    }

    public UUID getStoryId() {
        return storyId;
    }

    public String getPriority() {
        return priority;
    }

    public String getDesk() {
        return desk;
    }

    public String getRoutingReasons() {
        return routingReasons;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public long getVersion() {
        return version;
    }
}
