package org.copydesk.publish.entity;

/** What a delivery tells a channel, named as the webhook's {@code type}. */
public enum DeliveryEvent {
    PUBLISHED("article.published"), UPDATED("article.updated"), KILLED("article.killed");

    private final String type;

    DeliveryEvent(String type) {
        this.type = type;
    }

    public String type() {
        return type;
    }
}
