package org.copydesk.portal.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.copydesk.portal.control.ApiRefusal;
import org.copydesk.portal.control.PersonsApi;
import org.copydesk.portal.entity.Notification;
import org.copydesk.portal.entity.NotificationList;

/**
 * The person's unread notifications in the top bar of every page. The page asks again every few seconds with an
 * ajax poll, so what the API has for them shows up without a reload.
 */
@Named
@ViewScoped
public class NotificationsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PersonsApi api;

    @Inject
    Who who;

    private NotificationList unread;

    /** Reads the unread notifications again; a refusal (a session that ran out) leaves the last ones shown. */
    public void refresh() {
        if (!who.isReviewer()) {
            return;
        }
        try {
            unread = api.get().notifications(true);
        } catch (ApiRefusal | jakarta.ws.rs.ProcessingException unavailable) {
            if (unread == null) {
                unread = new NotificationList();
                unread.setItems(List.of());
            }
        }
    }

    public void markAllRead() {
        try {
            api.get().markAllRead();
        } catch (ApiRefusal refused) {
            Messages.refused(refused);
        }
        refresh();
    }

    public void markRead(Notification notification) {
        try {
            api.get().markRead(notification.getId());
        } catch (ApiRefusal refused) {
            Messages.refused(refused);
        }
        refresh();
    }

    public long getUnread() {
        return list().getUnread();
    }

    public List<Notification> getItems() {
        return list().getItems() == null ? List.of() : list().getItems();
    }

    private NotificationList list() {
        if (unread == null) {
            refresh();
        }
        if (unread == null) {
            unread = new NotificationList();
            unread.setItems(List.of());
        }
        return unread;
    }
}
