package org.copydesk.portal.entity;

/** The desk at a glance, as the API reports it. Pages read it through getters, hence a class. */
public class DashboardFigures implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private java.time.LocalDate since;
    // in the order the API lists them (the workflow's), which a plain Map would lose
    private java.util.LinkedHashMap<String, Long> articlesByState;
    private java.util.LinkedHashMap<String, Long> overdueByGroup;
    private java.util.List<DayCount> publishedPerDay;
    private java.util.List<DayCount> contradictionsPerDay;
    private java.util.List<DayCount> claimsRatedPerDay;
    private java.util.List<StepTime> timeInStep;

    public java.time.LocalDate getSince() {
        return since;
    }

    public void setSince(java.time.LocalDate since) {
        this.since = since;
    }

    public java.util.LinkedHashMap<String, Long> getArticlesByState() {
        return articlesByState;
    }

    public void setArticlesByState(java.util.LinkedHashMap<String, Long> articlesByState) {
        this.articlesByState = articlesByState;
    }

    public java.util.LinkedHashMap<String, Long> getOverdueByGroup() {
        return overdueByGroup;
    }

    public void setOverdueByGroup(java.util.LinkedHashMap<String, Long> overdueByGroup) {
        this.overdueByGroup = overdueByGroup;
    }

    public java.util.List<DayCount> getPublishedPerDay() {
        return publishedPerDay;
    }

    public void setPublishedPerDay(java.util.List<DayCount> publishedPerDay) {
        this.publishedPerDay = publishedPerDay;
    }

    public java.util.List<DayCount> getContradictionsPerDay() {
        return contradictionsPerDay;
    }

    public void setContradictionsPerDay(java.util.List<DayCount> contradictionsPerDay) {
        this.contradictionsPerDay = contradictionsPerDay;
    }

    public java.util.List<DayCount> getClaimsRatedPerDay() {
        return claimsRatedPerDay;
    }

    public void setClaimsRatedPerDay(java.util.List<DayCount> claimsRatedPerDay) {
        this.claimsRatedPerDay = claimsRatedPerDay;
    }

    public java.util.List<StepTime> getTimeInStep() {
        return timeInStep;
    }

    public void setTimeInStep(java.util.List<StepTime> timeInStep) {
        this.timeInStep = timeInStep;
    }
}
