package org.copydesk.portal.entity;

/** One element of the workflow map: the articles waiting there, and how many of them are late. Pages read it through getters, hence a class. */
public class StepCount implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private String element;
    private String name;
    private String type;
    private long waiting;
    private long overdue;

    public String getElement() {
        return element;
    }

    public void setElement(String element) {
        this.element = element;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public long getWaiting() {
        return waiting;
    }

    public void setWaiting(long waiting) {
        this.waiting = waiting;
    }

    public long getOverdue() {
        return overdue;
    }

    public void setOverdue(long overdue) {
        this.overdue = overdue;
    }
}
