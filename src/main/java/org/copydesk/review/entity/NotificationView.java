package org.copydesk.review.entity;

import java.time.Instant;

/** A notification as the API shows it to its recipient. */
public record NotificationView(String id, String kind, String articleId, String articleTitle, String actor,
                               String detail, Instant createdAt, Instant readAt) {

    public static NotificationView of(Notification notification) {
        return new NotificationView(notification.getId().toString(), notification.getKind().name(),
                notification.getArticleId().toString(), notification.getArticleTitle(), notification.getActor(),
                notification.getDetail(), notification.getCreatedAt(), notification.getReadAt());
    }
}
