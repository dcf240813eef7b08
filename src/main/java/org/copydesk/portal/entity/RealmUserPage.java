package org.copydesk.portal.entity;

import java.io.Serializable;
import java.util.List;

/** One page of the realm's people. Pages read it through getters, hence a class. */
public class RealmUserPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private List<RealmUser> items = List.of();
    private int page;
    private int size;
    private long total;

    public List<RealmUser> getItems() {
        return items;
    }

    public void setItems(List<RealmUser> items) {
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
