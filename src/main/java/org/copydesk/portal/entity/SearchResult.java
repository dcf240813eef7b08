package org.copydesk.portal.entity;

import java.util.List;

/** One page of search results. Pages read it through getters, hence a class rather than a record. */
public class SearchResult {

    private List<SearchHit> items;
    private int page;
    private int size;
    private long total;

    public List<SearchHit> getItems() {
        return items;
    }

    public void setItems(List<SearchHit> items) {
        this.items = items;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }

    public int getSize() {
        return size;
    }

    public void setSize(int size) {
        this.size = size;
    }

    public long getTotal() {
        return total;
    }

    public void setTotal(long total) {
        this.total = total;
    }
}
