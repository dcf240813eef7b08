package org.copydesk.portal.entity;

import java.util.List;

/** The person's latest notifications and how many are unread. Pages read it through getters, hence a class rather than a record. */
public class NotificationList implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private long unread;
    private List<Notification> items;

    public long getUnread() {
        return unread;
    }

    public void setUnread(long unread) {
        this.unread = unread;
    }

    public List<Notification> getItems() {
        return items;
    }

    public void setItems(List<Notification> items) {
        this.items = items;
    }
}
