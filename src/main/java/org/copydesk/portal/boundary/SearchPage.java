package org.copydesk.portal.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.copydesk.portal.control.ApiRefusal;
import org.copydesk.portal.control.PersonsApi;
import org.copydesk.portal.entity.SearchHit;
import org.copydesk.portal.entity.SearchResult;

/** Full-text search over articles; the query lives in the address, so a search can be bookmarked and shared. */
@Named("searchPage")
@RequestScoped
public class SearchPage {

    static final int PAGE_SIZE = 20;

    @Inject
    PersonsApi api;

    private String q;
    private String state;
    private String language;
    private String desk;
    private String from;
    private String to;
    private int page;
    private SearchResult result;
    private String refusal;

    public void load() {
        if (isBlank(q) && isBlank(state) && isBlank(language) && isBlank(desk) && isBlank(from) && isBlank(to)) {
            return;
        }
        try {
            result = api.get().search(q, state, language, desk, from, to, Math.max(0, page), PAGE_SIZE);
        } catch (ApiRefusal refused) {
            refusal = refused.getMessage();
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    public List<SearchHit> getHits() {
        return result == null ? List.of() : result.getItems();
    }

    public boolean isSearched() {
        return result != null;
    }

    public long getTotal() {
        return result == null ? 0 : result.getTotal();
    }

    public boolean isHasNext() {
        return (long) (page + 1) * PAGE_SIZE < getTotal();
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getDesk() {
        return desk;
    }

    public void setDesk(String desk) {
        this.desk = desk;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }

    public String getRefusal() {
        return refusal;
    }
}
