package org.copydesk.admin.entity;

import java.time.Duration;
import java.util.UUID;
import org.copydesk.workflow.entity.ArticleState;

/**
 * What an admin looks for: each field null when not asked. {@code olderThan} is the age since the article was
 * received; {@code assignee} "-" asks for open tasks nobody holds. Oldest first unless {@code newestFirst}.
 */
public record ArticleQuery(ArticleState state, UUID story, String desk, Duration olderThan, String assignee,
                           Boolean overdue, boolean newestFirst) {

    public static final String NOBODY = "-";
}
