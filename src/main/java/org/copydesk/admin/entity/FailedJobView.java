package org.copydesk.admin.entity;

import java.time.Instant;

/**
 * An automatic step that failed on every try and stopped: which article it was for, which step, and why.
 * The article waits where it was (an intake failure leaves it INGESTED) until an admin retries the step.
 */
public record FailedJobView(String id, String articleId, String articleTitle, String articleState, String step,
                            String reason, Instant created) {
}
