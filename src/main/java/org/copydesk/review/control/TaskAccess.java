package org.copydesk.review.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.copydesk.audit.control.AuditTrail;
import org.copydesk.domain.NotAllowed;
import org.copydesk.platform.StoredSettings;
import org.copydesk.security.entity.Actor;
import org.copydesk.security.entity.Role;
import org.copydesk.workflow.entity.ReviewStep;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flowable.engine.TaskService;
import org.flowable.identitylink.api.IdentityLinkType;

/**
 * Who may see and act on which review task. Flowable enforces none of this: a task is only worked on by members
 * of its candidate group (or by a supervisor once it is overdue and offered to the supervisors), and, with
 * separation of duties, never by someone who did an earlier step it checks.
 * Every refusal is audited before it is thrown.
 */
@ApplicationScoped
public class TaskAccess {

    /** The roles on an article's path, and the supervisors who may be offered any step: they see all its tasks. */
    static final Set<String> REVIEW_ROLES = Set.of(Role.TRIAGE_EDITOR, Role.FACT_CHECKER, Role.PUBLISHER, Role.ADMIN,
            Role.SUPERVISOR);

    /** The steps whose doer may not do this one: a fact-checker checks someone else's triage, and so on. */
    public static final Map<ReviewStep, List<ReviewStep>> INDEPENDENT_OF = Map.of(
            ReviewStep.FACT_CHECK, List.of(ReviewStep.TRIAGE, ReviewStep.REVISION),
            ReviewStep.PUBLISH, List.of(ReviewStep.FACT_CHECK));

    @Inject
    AuditTrail auditTrail;

    @Inject
    @ConfigProperty(name = "copydesk.review.separation-of-duties", defaultValue = "true")
    boolean separationOfDuties;

    @Inject
    StoredSettings settings;

    @Inject
    TaskService taskService;

    /** The stored setting that turns separation of duties on or off for one pair of steps. */
    public static String separationSetting(ReviewStep earlier, ReviewStep later) {
        return "separation-of-duties." + earlier.taskKey() + "." + later.taskKey();
    }

    /** Whether whoever did the earlier step may not do the later one: an admin's setting, else the configured one. */
    public boolean separates(ReviewStep earlier, ReviewStep later) {
        return settings.get(separationSetting(earlier, later)).map(Boolean::parseBoolean).orElse(separationOfDuties);
    }

    public boolean seesEveryTaskOfAnArticle(Actor actor) {
        return actor.roles().stream().anyMatch(REVIEW_ROLES::contains);
    }

    /** The task keys in the caller's inbox: those of the steps offered to their groups; all for an admin. */
    public Set<String> inboxTaskKeys(Actor actor) {
        return Arrays.stream(ReviewStep.values())
                .filter(step -> actor.isAdmin() || actor.hasRole(step.candidateGroup()))
                .map(ReviewStep::taskKey)
                .collect(Collectors.toSet());
    }

    public void requireMaySee(Actor actor, UUID articleId, String taskId, ReviewStep step) {
        if (!seesEveryTaskOfAnArticle(actor)) {
            refuse(actor, articleId, taskId, step, "only the review roles may see review tasks");
        }
    }

    /**
     * Whether someone with these roles may take a task of this step: its group may, and a supervisor may once the
     * task is offered to the supervisors (asked only of a supervisor outside the step's group).
     */
    static boolean mayTake(Set<String> roles, ReviewStep step, BooleanSupplier offeredToSupervisors) {
        return roles.contains(step.candidateGroup())
                || roles.contains(Role.SUPERVISOR) && offeredToSupervisors.getAsBoolean();
    }

    /** Whether the task has been offered to the supervisors, whose group then stands among its candidates. */
    public boolean isOfferedToSupervisors(String taskId) {
        return taskService.getIdentityLinksForTask(taskId).stream()
                .anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType())
                        && Role.SUPERVISOR.equals(link.getGroupId()));
    }

    public void requireMayWorkOn(Actor actor, UUID articleId, String taskId, ReviewStep step) {
        if (!mayTake(actor.roles(), step, () -> isOfferedToSupervisors(taskId))) {
            refuse(actor, articleId, taskId, step, "the " + step.taskKey() + " task is for the "
                    + step.candidateGroup() + " group" + (actor.hasRole(Role.SUPERVISOR)
                    ? ", and for the " + Role.SUPERVISOR + " group only once it is overdue and offered to it" : ""));
        }
        // separation of duties holds for a supervisor as for anyone
        List<String> earlierKeys = INDEPENDENT_OF.getOrDefault(step, List.of()).stream()
                .filter(earlier -> separates(earlier, step)).map(ReviewStep::taskKey).toList();
        if (earlierKeys.isEmpty()) {
            return;
        }
        boolean didEarlierStep = auditTrail.completersOf(articleId, earlierKeys).stream()
                .anyMatch(completer -> actor.is(completer.username(), completer.subject()));
        if (didEarlierStep) {
            refuse(actor, articleId, taskId, step, "separation of duties: whoever did " + String.join(" or ", earlierKeys)
                    + " on this article may not do " + step.taskKey());
        }
    }

    public void requireAdmin(Actor actor, UUID articleId, String taskId, ReviewStep step) {
        if (!actor.isAdmin()) {
            refuse(actor, articleId, taskId, step, "only an admin may reassign a task");
        }
    }

    private void refuse(Actor actor, UUID articleId, String taskId, ReviewStep step, String reason) {
        auditTrail.recordRefusal(articleId, taskId, step.taskKey(), reason);
        throw new NotAllowed(actor.username() + " may not do this: " + reason);
    }
}
