package org.copydesk.portal.entity;

import java.time.Instant;

/** One version of an article's working text. Pages read it through getters, hence a class rather than a record. */
public class Version implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private int number;
    private String author;
    private String reason;
    private Instant createdAt;
    private int length;
    private String text;

    public int getNumber() {
        return number;
    }

    public void setNumber(int number) {
        this.number = number;
    }

    public String getAuthor() {
        return author;
    }

    public void setAuthor(String author) {
        this.author = author;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    public int getLength() {
        return length;
    }

    public void setLength(int length) {
        this.length = length;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
