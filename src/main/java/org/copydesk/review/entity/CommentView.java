package org.copydesk.review.entity;

import java.time.Instant;
import java.util.List;

/** A comment as the API shows it, with the known people it mentions in the order they were named. */
public record CommentView(String id, String articleId, String author, String body, List<String> mentions,
                          Instant createdAt) {

    public static CommentView of(ArticleComment comment) {
        return new CommentView(comment.getId().toString(), comment.getArticleId().toString(), comment.getAuthor(),
                comment.getBody(), comment.getMentions().stream().sorted().toList(), comment.getCreatedAt());
    }
}
