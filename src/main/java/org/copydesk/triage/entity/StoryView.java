package org.copydesk.triage.entity;

import java.time.Instant;
import java.util.List;

/** A story with its articles, newest first. */
public record StoryView(String id, String title, Instant createdAt, Instant updatedAt, int articleCount,
                        List<String> languages, List<Member> articles) {

    /** One article of the story. */
    public record Member(String id, String title, String language, String state, String source,
                         Instant receivedAt) {
    }
}
