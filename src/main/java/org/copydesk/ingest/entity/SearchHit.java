package org.copydesk.ingest.entity;

import java.time.Instant;

/** An article found by a search: what a result list shows, with the opening of its working text. */
public record SearchHit(String id, String title, String state, String language, String desk, String priority,
                        String storyId, Instant receivedAt, String opening) {
}
