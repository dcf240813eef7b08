package org.copydesk.publish.entity;

/** Where a published article goes: three channels readers pull from, and the partners' webhooks. */
public enum Channel {
    API, FEED, PAGE, WEBHOOK;

    public boolean isPulled() {
        return this != WEBHOOK;
    }
}
