package org.copydesk.audit.entity;

/** The first place where the stored trail no longer matches its hashes: which entry, of which chain, and what broke. */
public record ChainBreak(Long entryId, String chainKey, Long chainSeq, String articleId, String problem) {
}
