package org.copydesk.portal.entity;

/** Whom an admin hands a task to; null gives it back to its group. Pages read it through getters, hence a class. */
public class Assignment implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private String assignee;

    public String getAssignee() {
        return assignee;
    }

    public void setAssignee(String assignee) {
        this.assignee = assignee;
    }
}
