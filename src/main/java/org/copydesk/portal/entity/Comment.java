package org.copydesk.portal.entity;

import java.time.Instant;
import java.util.List;

/** A reviewer's comment on an article with the people it mentions. Pages read it through getters, hence a class rather than a record. */
public class Comment implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private String id;
    private String articleId;
    private String author;
    private String body;
    private List<String> mentions;
    private Instant createdAt;

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getArticleId() {
        return articleId;
    }

    public void setArticleId(String articleId) {
        this.articleId = articleId;
    }

    public String getAuthor() {
        return author;
    }

    public void setAuthor(String author) {
        this.author = author;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public List<String> getMentions() {
        return mentions;
    }

    public void setMentions(List<String> mentions) {
        this.mentions = mentions;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }
}
