package org.copydesk.portal.entity;

/** The API refused an edit because the text changed since the editor's version: both texts. Pages read it through getters, hence a class rather than a record. */
public class EditConflict implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private int baseVersion;
    private int currentVersion;
    private String changedBy;
    private String currentText;
    private String yourText;

    public int getBaseVersion() {
        return baseVersion;
    }

    public void setBaseVersion(int baseVersion) {
        this.baseVersion = baseVersion;
    }

    public int getCurrentVersion() {
        return currentVersion;
    }

    public void setCurrentVersion(int currentVersion) {
        this.currentVersion = currentVersion;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public void setChangedBy(String changedBy) {
        this.changedBy = changedBy;
    }

    public String getCurrentText() {
        return currentText;
    }

    public void setCurrentText(String currentText) {
        this.currentText = currentText;
    }

    public String getYourText() {
        return yourText;
    }

    public void setYourText(String yourText) {
        this.yourText = yourText;
    }
}
