package org.copydesk.portal.entity;

/** The version whose running articles move. Pages read it through getters, hence a class. */
public class MigrationRequest implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private String fromDefinitionId;

    public String getFromDefinitionId() {
        return fromDefinitionId;
    }

    public void setFromDefinitionId(String fromDefinitionId) {
        this.fromDefinitionId = fromDefinitionId;
    }
}
