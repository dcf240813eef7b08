package org.copydesk.ingest.entity;

/** An article as a client sent it, before it is stored: the original bytes and what was read from them. */
public record Submission(String title, String text, String source, String url, String language, String mediaType,
                         byte[] original) {
}
