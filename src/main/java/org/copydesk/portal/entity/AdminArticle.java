package org.copydesk.portal.entity;

/** An article as an admin finds it, with its open task and whether that task is late. Pages read it through getters, hence a class. */
public class AdminArticle implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private String id;
    private String title;
    private String state;
    private String desk;
    private String storyId;
    private String priority;
    private java.time.Instant received;
    private String definitionId;
    private String taskId;
    private String taskKey;
    private String assignee;
    private java.time.Instant due;
    private boolean overdue;
    private boolean escalated;
    private boolean offeredToSupervisors;

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public String getDesk() {
        return desk;
    }

    public void setDesk(String desk) {
        this.desk = desk;
    }

    public String getStoryId() {
        return storyId;
    }

    public void setStoryId(String storyId) {
        this.storyId = storyId;
    }

    public String getPriority() {
        return priority;
    }

    public void setPriority(String priority) {
        this.priority = priority;
    }

    public java.time.Instant getReceived() {
        return received;
    }

    public void setReceived(java.time.Instant received) {
        this.received = received;
    }

    public String getDefinitionId() {
        return definitionId;
    }

    public void setDefinitionId(String definitionId) {
        this.definitionId = definitionId;
    }

    public String getTaskId() {
        return taskId;
    }

    public void setTaskId(String taskId) {
        this.taskId = taskId;
    }

    public String getTaskKey() {
        return taskKey;
    }

    public void setTaskKey(String taskKey) {
        this.taskKey = taskKey;
    }

    public String getAssignee() {
        return assignee;
    }

    public void setAssignee(String assignee) {
        this.assignee = assignee;
    }

    public java.time.Instant getDue() {
        return due;
    }

    public void setDue(java.time.Instant due) {
        this.due = due;
    }

    public boolean isOverdue() {
        return overdue;
    }

    public void setOverdue(boolean overdue) {
        this.overdue = overdue;
    }

    public boolean isEscalated() {
        return escalated;
    }

    public void setEscalated(boolean escalated) {
        this.escalated = escalated;
    }

    public boolean isOfferedToSupervisors() {
        return offeredToSupervisors;
    }

    public void setOfferedToSupervisors(boolean offeredToSupervisors) {
        this.offeredToSupervisors = offeredToSupervisors;
    }
}
