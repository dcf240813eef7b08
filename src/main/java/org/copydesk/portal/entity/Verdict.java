package org.copydesk.portal.entity;

/** A fact-checker's verdict on a claim, as the API takes it. Pages read it through getters, hence a class rather than a record. */
public class Verdict implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private String status;
    private String evidence;
    private String correction;

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getEvidence() {
        return evidence;
    }

    public void setEvidence(String evidence) {
        this.evidence = evidence;
    }

    public String getCorrection() {
        return correction;
    }

    public void setCorrection(String correction) {
        this.correction = correction;
    }
}
