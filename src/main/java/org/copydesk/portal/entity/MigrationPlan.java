package org.copydesk.portal.entity;

/** Moving one version's running articles to another: how many, whether the engine allows it, why not. Pages read it through getters, hence a class. */
public class MigrationPlan implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private String fromDefinitionId;
    private String toDefinitionId;
    private long articles;
    private boolean migratable;
    private java.util.List<String> problems;
    private long migrated;

    public String getFromDefinitionId() {
        return fromDefinitionId;
    }

    public void setFromDefinitionId(String fromDefinitionId) {
        this.fromDefinitionId = fromDefinitionId;
    }

    public String getToDefinitionId() {
        return toDefinitionId;
    }

    public void setToDefinitionId(String toDefinitionId) {
        this.toDefinitionId = toDefinitionId;
    }

    public long getArticles() {
        return articles;
    }

    public void setArticles(long articles) {
        this.articles = articles;
    }

    public boolean isMigratable() {
        return migratable;
    }

    public void setMigratable(boolean migratable) {
        this.migratable = migratable;
    }

    public java.util.List<String> getProblems() {
        return problems;
    }

    public void setProblems(java.util.List<String> problems) {
        this.problems = problems;
    }

    public long getMigrated() {
        return migrated;
    }

    public void setMigrated(long migrated) {
        this.migrated = migrated;
    }
}
