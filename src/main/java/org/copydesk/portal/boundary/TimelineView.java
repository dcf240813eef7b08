package org.copydesk.portal.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.copydesk.portal.control.ApiRefusal;
import org.copydesk.portal.control.PersonsApi;
import org.copydesk.portal.entity.Article;
import org.copydesk.portal.entity.AuditEntry;

/** An article's audit trail as a timeline: who did what, when, from which state to which. */
@Named
@RequestScoped
public class TimelineView {

    @Inject
    PersonsApi api;

    private String articleId;
    private Article article;
    private List<AuditEntry> entries = List.of();
    private String refusal;

    public void load() {
        try {
            article = api.get().article(articleId);
            entries = api.get().audit(articleId);
        } catch (ApiRefusal refused) {
            refusal = refused.getMessage();
        }
    }

    public String getArticleId() {
        return articleId;
    }

    public void setArticleId(String articleId) {
        this.articleId = articleId;
    }

    public Article getArticle() {
        return article;
    }

    public List<AuditEntry> getEntries() {
        return entries;
    }

    public String getRefusal() {
        return refusal;
    }
}
