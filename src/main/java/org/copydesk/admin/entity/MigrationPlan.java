package org.copydesk.admin.entity;

import java.util.List;

/**
 * Moving the articles running on one workflow version to another: how many, whether Flowable's migration allows
 * it, and if not, why; after a migration, how many moved.
 */
public record MigrationPlan(String fromDefinitionId, String toDefinitionId, long articles, boolean migratable,
                            List<String> problems, long migrated) {
}
