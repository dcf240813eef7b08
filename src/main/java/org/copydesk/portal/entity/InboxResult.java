package org.copydesk.portal.entity;

import java.util.List;
import java.util.Map;

/** One page of the inbox with the counts per step. Pages read it through getters, hence a class rather than a record. */
public class InboxResult {

    private List<InboxRow> items;
    private int page;
    private int size;
    private long total;
    private Map<String,Long> countsByTask;

    public List<InboxRow> getItems() {
        return items;
    }

    public void setItems(List<InboxRow> items) {
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

    public Map<String,Long> getCountsByTask() {
        return countsByTask;
    }

    public void setCountsByTask(Map<String,Long> countsByTask) {
        this.countsByTask = countsByTask;
    }
}
