package org.copydesk.review.entity;

import java.util.List;
import java.util.Map;
import org.copydesk.web.Paged;

/**
 * One page of an inbox; {@code total} counts every task the filter matches, and {@code countsByTask} counts them
 * per step (task key) whatever the step filter, so a reviewer sees how much waits at each step.
 */
public record InboxPage(List<InboxItem> items, int page, int size, long total, Map<String, Long> countsByTask)
        implements Paged {
}
