package org.copydesk.ingest.entity;

import org.copydesk.workflow.entity.ArticleState;
import java.time.Instant;

/** An article with its working text, as the API shows it. */
public record ArticleView(String id, String title, ArticleState state, String source, String url, String language,
                          String mediaType, String contentHash, Instant receivedAt, Instant updatedAt, long version,
                          String storyId, String priority, String desk, String routingReasons, String text,
                          String duplicateOf) {

    public static ArticleView of(Article article) {
        return new ArticleView(article.getId().toString(), article.getTitle(), article.getState(), article.getSource(),
                article.getUrl(), article.getLanguage(), article.getMediaType(), article.getContentHash(),
                article.getReceivedAt(), article.getUpdatedAt(), article.getVersion(),
                article.getStoryId() == null ? null : article.getStoryId().toString(), article.getPriority(),
                article.getDesk(), article.getRoutingReasons(), article.getWorkingText(),
                article.getDuplicateOf() == null ? null : article.getDuplicateOf().toString());
    }
}
