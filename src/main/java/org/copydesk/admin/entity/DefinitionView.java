package org.copydesk.admin.entity;

import java.time.Instant;

/** One deployed version of the editorial review workflow and how many articles run on it now. */
public record DefinitionView(String id, String key, int version, String deployment, Instant deployedAt,
                             long runningArticles, boolean newest) {
}
