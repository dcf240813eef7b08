package org.copydesk.portal.entity;

/** How long articles stayed in one step: median and 90th percentile, in seconds. Pages read it through getters, hence a class. */
public class StepTime implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private String step;
    private String state;
    private long visits;
    private long medianSeconds;
    private long p90Seconds;

    public String getStep() {
        return step;
    }

    public void setStep(String step) {
        this.step = step;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public long getVisits() {
        return visits;
    }

    public void setVisits(long visits) {
        this.visits = visits;
    }

    public long getMedianSeconds() {
        return medianSeconds;
    }

    public void setMedianSeconds(long medianSeconds) {
        this.medianSeconds = medianSeconds;
    }

    public long getP90Seconds() {
        return p90Seconds;
    }

    public void setP90Seconds(long p90Seconds) {
        this.p90Seconds = p90Seconds;
    }
}
