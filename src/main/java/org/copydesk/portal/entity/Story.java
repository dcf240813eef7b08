package org.copydesk.portal.entity;

import java.time.Instant;
import java.util.List;

/** A story with its articles. Pages read it through getters, hence a class rather than a record. */
public class Story {

    private String id;
    private String title;
    private Instant createdAt;
    private Instant updatedAt;
    private int articleCount;
    private List<String> languages;
    private List<StoryMember> articles;

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(Instant updatedAt) {
        this.updatedAt = updatedAt;
    }

    public int getArticleCount() {
        return articleCount;
    }

    public void setArticleCount(int articleCount) {
        this.articleCount = articleCount;
    }

    public List<String> getLanguages() {
        return languages;
    }

    public void setLanguages(List<String> languages) {
        this.languages = languages;
    }

    public List<StoryMember> getArticles() {
        return articles;
    }

    public void setArticles(List<StoryMember> articles) {
        this.articles = articles;
    }
}
