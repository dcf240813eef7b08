package org.copydesk.publish.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.copydesk.domain.Invalid;
import org.copydesk.ingest.entity.Article;
import org.copydesk.review.control.StepDecisions;
import org.copydesk.review.entity.Decision;
import org.copydesk.workflow.entity.EditorialReview;
import org.copydesk.workflow.entity.ReviewStep;
import org.flowable.engine.RuntimeService;

/**
 * The publisher's decisions: {@code publish} now, {@code schedule} at a time, {@code embargo} (partners get it now,
 * readers not before a time), or {@code back} to fact-check. The time goes to the article's process, for its
 * timer and its publish step.
 */
@ApplicationScoped
public class PublishDecisions implements StepDecisions {

    /** A schedule or an embargo further ahead is a typing error more often than a plan. */
    static final Duration FURTHEST = Duration.ofDays(366);

    @Inject
    RuntimeService runtimeService;

    @Override
    public Set<ReviewStep> steps() {
        return EnumSet.of(ReviewStep.PUBLISH);
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public String apply(Article article, ReviewStep step, Decision decision) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(EditorialReview.VAR_PUBLISH_AT, null);
        variables.put(EditorialReview.VAR_EMBARGO_UNTIL, null);
        String details = details(decision.withNameCommentAndTime(step.taskKey()), variables);
        // read as a whole (the completion reads them again from the engine's cache), written only where they change:
        // publishing at once writes nothing
        Map<String, Object> current = runtimeService.getVariables(article.getProcessInstanceId());
        variables.entrySet().removeIf(variable -> Objects.equals(current.get(variable.getKey()), variable.getValue()));
        if (!variables.isEmpty()) {
            runtimeService.setVariables(article.getProcessInstanceId(), variables);
        }
        return details;
    }

    private static String details(Decision decision, Map<String, Object> variables) {
        String at = decision.at();
        switch (decision.name()) {
            case "schedule" -> {
                Instant when = future(at, decision.name());
                variables.put(EditorialReview.VAR_PUBLISH_AT, when.toString());
                return "; publish at " + when;
            }
            case "embargo" -> {
                Instant until = future(at, decision.name());
                variables.put(EditorialReview.VAR_EMBARGO_UNTIL, until.toString());
                return "; embargoed until " + until;
            }
            default -> {
                if (at != null) {
                    throw new Invalid("'at' goes with the schedule and embargo decisions, not "
                            + decision.name());
                }
                return "";
            }
        }
    }

    static Instant future(String at, String decision) {
        if (at == null || at.isBlank()) {
            throw new Invalid("A " + decision + " decision needs its time in 'at' (ISO-8601)");
        }
        Instant when;
        try {
            when = OffsetDateTime.parse(at.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw new Invalid("'at' must be an ISO-8601 time with its offset, such as "
                    + "2030-01-31T09:00:00Z, not " + at);
        }
        Instant now = Instant.now();
        if (!when.isAfter(now)) {
            throw new Invalid("'at' must be in the future: " + when + " is not after " + now);
        }
        if (when.isAfter(now.plus(FURTHEST))) {
            throw new Invalid("'at' may be at most " + FURTHEST.toDays() + " days ahead");
        }
        return when;
    }
}
