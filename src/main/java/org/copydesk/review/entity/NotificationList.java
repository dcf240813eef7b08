package org.copydesk.review.entity;

import java.util.List;

/** A person's latest notifications, newest first, and how many of all of theirs are unread. */
public record NotificationList(long unread, List<NotificationView> items) {
}
