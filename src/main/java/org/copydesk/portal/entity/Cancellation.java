package org.copydesk.portal.entity;

/** Why an admin cancels an article. Pages read it through getters, hence a class. */
public class Cancellation implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private String reason;

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
