package org.copydesk.audit.entity;

import java.time.Instant;
import org.copydesk.workflow.entity.ArticleState;

public record AuditEntryView(long id, String articleId, String actor, String actorSubject, AuditAction action,
                             ArticleState fromState, ArticleState toState, String taskId, String taskKey,
                             String detail, Instant occurredAt) {

    public static AuditEntryView of(AuditEntry entry) {
        return new AuditEntryView(entry.getId(), entry.getArticleId() == null ? null : entry.getArticleId().toString(), entry.getActor(),
                entry.getActorSubject(), entry.getAction(), entry.getFromState(), entry.getToState(),
                entry.getTaskId(), entry.getTaskKey(), entry.getDetail(), entry.getOccurredAt());
    }
}
