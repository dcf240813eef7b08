package org.copydesk.portal.entity;

/** One deployed version of the workflow, with the articles running on it. Pages read it through getters, hence a class. */
public class Definition implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private String id;
    private String key;
    private int version;
    private String deployment;
    private java.time.Instant deployedAt;
    private long runningArticles;
    private boolean newest;

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }

    public String getDeployment() {
        return deployment;
    }

    public void setDeployment(String deployment) {
        this.deployment = deployment;
    }

    public java.time.Instant getDeployedAt() {
        return deployedAt;
    }

    public void setDeployedAt(java.time.Instant deployedAt) {
        this.deployedAt = deployedAt;
    }

    public long getRunningArticles() {
        return runningArticles;
    }

    public void setRunningArticles(long runningArticles) {
        this.runningArticles = runningArticles;
    }

    public boolean isNewest() {
        return newest;
    }

    public void setNewest(boolean newest) {
        this.newest = newest;
    }
}
