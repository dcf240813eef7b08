package org.copydesk.portal.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.copydesk.portal.control.ApiRefusal;
import org.copydesk.portal.control.PersonsApi;
import org.copydesk.portal.entity.InboxResult;
import org.copydesk.portal.entity.InboxRow;

/**
 * The inbox: the open tasks of the person's groups and their own, one page at a time as the API serves it,
 * in the API's order (priority, then age), with the counts per step and claim/unclaim in one click.
 */
@Named
@ViewScoped
public class InboxView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 25;

    @Inject
    PersonsApi api;

    @Inject
    Who who;

    private String scope = "available";
    private String taskKey;
    private String priority;
    private String desk;
    private String language;
    private String title;
    private String order = "priority";
    private int page;
    private InboxResult result;
    private String refusal;

    @PostConstruct
    void load() {
        refresh();
    }

    public void refresh() {
        if (!who.isReviewer()) {
            result = null;
            return;
        }
        try {
            result = pageOfInbox();
            refusal = null;
        } catch (ApiRefusal refused) {
            if (page > 0 && refused.status() == 400) {
                showLastPageLeft();
            } else {
                refusal = refused.getMessage();
                result = null;
            }
        }
    }

    /** The tasks of the page shown were taken or done meanwhile, and the API refuses a page past the last. */
    private void showLastPageLeft() {
        page = 0;
        try {
            result = pageOfInbox();
            refusal = null;
            if (result.getTotal() > PAGE_SIZE) {
                page = (int) ((result.getTotal() - 1) / PAGE_SIZE);
                result = pageOfInbox();
            }
        } catch (ApiRefusal refused) {
            refusal = refused.getMessage();
            result = null;
        }
    }

    private InboxResult pageOfInbox() {
        return api.get().inbox(scope, taskKey, priority, desk, language, title, order, page, PAGE_SIZE);
    }

    public void filter() {
        page = 0;
        refresh();
    }

    public void showStep(String key) {
        taskKey = key;
        filter();
    }

    public void next() {
        if (isHasNext()) {
            page++;
            refresh();
        }
    }

    public void previous() {
        if (page > 0) {
            page--;
            refresh();
        }
    }

    public void claim(InboxRow row) {
        act(() -> api.get().claim(row.getTaskId()), "claimed", row);
    }

    public void unclaim(InboxRow row) {
        act(() -> api.get().unclaim(row.getTaskId()), "unclaimed", row);
    }

    private void act(Runnable call, String done, InboxRow row) {
        try {
            call.run();
            Messages.info(done, row.getArticleTitle());
        } catch (ApiRefusal refused) {
            Messages.refused(refused);
        }
        refresh();
    }

    public List<InboxRow> getRows() {
        return result == null ? List.of() : result.getItems();
    }

    public Map<String, Long> getCounts() {
        return result == null ? Map.of() : result.getCountsByTask();
    }

    public List<String> getSteps() {
        return List.copyOf(getCounts().keySet());
    }

    public long getTotal() {
        return result == null ? 0 : result.getTotal();
    }

    public int getFirstShown() {
        return getRows().isEmpty() ? 0 : page * PAGE_SIZE + 1;
    }

    public int getLastShown() {
        return page * PAGE_SIZE + getRows().size();
    }

    public boolean isHasNext() {
        return (long) (page + 1) * PAGE_SIZE < getTotal();
    }

    public boolean isHasPrevious() {
        return page > 0;
    }

    /** How long the task has waited, as an editor says it: 5 min, 3 h, 2 d. */
    public boolean mine(InboxRow row) {
        return who.getName().equals(row.getAssignee());
    }

    public String getRefusal() {
        return refusal;
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }

    public String getTaskKey() {
        return taskKey;
    }

    public void setTaskKey(String taskKey) {
        this.taskKey = taskKey;
    }

    public String getPriority() {
        return priority;
    }

    public void setPriority(String priority) {
        this.priority = priority;
    }

    public String getDesk() {
        return desk;
    }

    public void setDesk(String desk) {
        this.desk = desk;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getOrder() {
        return order;
    }

    public void setOrder(String order) {
        this.order = order;
    }
}
