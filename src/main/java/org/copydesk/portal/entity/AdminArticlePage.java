package org.copydesk.portal.entity;

/** One page of the articles an admin looks for. Pages read it through getters, hence a class. */
public class AdminArticlePage implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private java.util.List<AdminArticle> items;
    private int page;
    private int size;
    private long total;

    public java.util.List<AdminArticle> getItems() {
        return items;
    }

    public void setItems(java.util.List<AdminArticle> items) {
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
