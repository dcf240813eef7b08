package org.copydesk.portal.entity;

/** A comment as the API takes it. Pages read it through getters, hence a class rather than a record. */
public class NewComment implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private String body;

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}
