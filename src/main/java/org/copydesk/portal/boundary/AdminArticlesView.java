package org.copydesk.portal.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.copydesk.portal.control.ApiRefusal;
import org.copydesk.portal.control.PersonsApi;
import org.copydesk.portal.entity.AdminArticle;
import org.copydesk.portal.entity.AdminArticlePage;
import org.copydesk.portal.entity.Assignment;
import org.copydesk.portal.entity.Cancellation;
import org.copydesk.portal.entity.FailedJob;

/**
 * Finding articles wherever they are and unblocking them: hand a task to someone or back to its group, cancel an
 * article with a reason, and run again an automatic step that failed on every try.
 */
@Named
@ViewScoped
public class AdminArticlesView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 25;

    @Inject
    PersonsApi api;

    private String state;
    private String story;
    private String desk;
    private String olderThan;
    private String assignee;
    private String overdue;
    private int page;
    private AdminArticlePage result;
    private List<FailedJob> failedJobs = List.of();
    private final Map<String, String> reasons = new HashMap<>();
    private final Map<String, String> assignees = new HashMap<>();

    @PostConstruct
    void load() {
        refresh();
    }

    public void refresh() {
        try {
            result = api.admin().articles(state, story, desk, olderThan, assignee, overdue, page, PAGE_SIZE);
            failedJobs = api.admin().failedJobs();
        } catch (ApiRefusal refused) {
            result = null;
            Messages.refused(refused);
        }
    }

    public void filter() {
        page = 0;
        refresh();
    }

    public void next() {
        page++;
        refresh();
    }

    public void previous() {
        page = Math.max(0, page - 1);
        refresh();
    }

    public void cancel(AdminArticle article) {
        Cancellation cancellation = new Cancellation();
        cancellation.setReason(reasons.get(article.getId()));
        try {
            api.admin().cancel(article.getId(), cancellation);
            Messages.info("admin.articles.cancelled", article.getTitle());
            reasons.remove(article.getId());
        } catch (ApiRefusal refused) {
            Messages.refused(refused);
        }
        refresh();
    }

    public void assign(AdminArticle article) {
        Assignment assignment = new Assignment();
        String to = assignees.get(article.getId());
        assignment.setAssignee(to == null || to.isBlank() ? null : to.strip());
        try {
            api.admin().assign(article.getTaskId(), assignment);
            Messages.info(assignment.getAssignee() == null ? "admin.articles.backToGroup" : "admin.articles.assigned",
                    article.getTitle(), assignment.getAssignee());
        } catch (ApiRefusal refused) {
            Messages.refused(refused);
        }
        refresh();
    }

    public void unclaim(AdminArticle article) {
        try {
            api.admin().unclaim(article.getTaskId());
            Messages.info("unclaimed", article.getTitle());
        } catch (ApiRefusal refused) {
            Messages.refused(refused);
        }
        refresh();
    }

    public void retry(FailedJob job) {
        try {
            api.admin().retry(job.getId());
            Messages.info("admin.articles.retried", job.getStep());
        } catch (ApiRefusal refused) {
            Messages.refused(refused);
        }
        refresh();
    }

    public boolean isLastPage() {
        return result == null || (long) (page + 1) * PAGE_SIZE >= result.getTotal();
    }

    public AdminArticlePage getResult() {
        return result;
    }

    public List<FailedJob> getFailedJobs() {
        return failedJobs;
    }

    public Map<String, String> getReasons() {
        return reasons;
    }

    public Map<String, String> getAssignees() {
        return assignees;
    }

    public int getPage() {
        return page;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public String getStory() {
        return story;
    }

    public void setStory(String story) {
        this.story = story;
    }

    public String getDesk() {
        return desk;
    }

    public void setDesk(String desk) {
        this.desk = desk;
    }

    public String getOlderThan() {
        return olderThan;
    }

    public void setOlderThan(String olderThan) {
        this.olderThan = olderThan;
    }

    public String getAssignee() {
        return assignee;
    }

    public void setAssignee(String assignee) {
        this.assignee = assignee;
    }

    public String getOverdue() {
        return overdue;
    }

    public void setOverdue(String overdue) {
        this.overdue = overdue;
    }
}
