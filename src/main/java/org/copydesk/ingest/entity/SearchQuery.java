package org.copydesk.ingest.entity;

import java.time.LocalDate;

/** Words to find in the title or working text, and the filters that narrow a search; any may be null. */
public record SearchQuery(String words, String state, String language, String desk, String storyId,
                          LocalDate receivedFrom, LocalDate receivedTo) {
}
