package org.copydesk.ingest.entity;

import org.copydesk.workflow.entity.ArticleState;
import java.time.Instant;

/** An article in a listing: what an editor scans, without the text. */
public record ArticleListItem(String id, String title, ArticleState state, String source, String language,
                              Instant receivedAt, Instant updatedAt) {

    public static ArticleListItem of(Article article) {
        return new ArticleListItem(article.getId().toString(), article.getTitle(), article.getState(),
                article.getSource(), article.getLanguage(), article.getReceivedAt(), article.getUpdatedAt());
    }
}
