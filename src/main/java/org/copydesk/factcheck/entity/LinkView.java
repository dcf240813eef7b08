package org.copydesk.factcheck.entity;

import java.util.UUID;

/**
 * The other side of an agreement or contradiction: a claim of another article (with its span in that article's
 * working text), or a reference fact ({@code factId}, with the article it was verified in).
 */
public record LinkView(UUID articleId, String articleTitle, UUID claimId, UUID factId, String sentence,
                       Integer start, Integer end, String value) {
}
