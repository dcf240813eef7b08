package org.copydesk.portal.entity;

/** Where the articles of one workflow version stand now. Pages read it through getters, hence a class. */
public class WorkflowMapState implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private String definitionId;
    private int version;
    private long waiting;
    private long overdue;
    private java.util.List<StepCount> steps;

    public String getDefinitionId() {
        return definitionId;
    }

    public void setDefinitionId(String definitionId) {
        this.definitionId = definitionId;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
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

    public java.util.List<StepCount> getSteps() {
        return steps;
    }

    public void setSteps(java.util.List<StepCount> steps) {
        this.steps = steps;
    }
}
