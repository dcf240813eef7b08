package org.copydesk.review.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.copydesk.audit.control.AuditTrail;
import org.copydesk.audit.entity.AuditAction;
import org.copydesk.domain.Conflict;
import org.copydesk.domain.Invalid;
import org.copydesk.domain.NotFound;
import org.copydesk.ingest.control.Articles;
import org.copydesk.ingest.entity.Article;
import org.copydesk.review.entity.Completion;
import org.copydesk.review.entity.Decision;
import org.copydesk.review.entity.Notification;
import org.copydesk.review.entity.TaskView;
import org.copydesk.security.control.CurrentActor;
import org.copydesk.security.entity.Actor;
import org.copydesk.security.entity.Role;
import org.copydesk.workflow.control.EngineCommands;
import org.copydesk.workflow.entity.EditorialReview;
import org.copydesk.workflow.entity.ReviewStep;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.flowable.task.api.TaskQuery;

/**
 * The reviewers' side of the workflow: list open tasks, claim, unclaim, reassign and complete them. Each action
 * first checks who may do it on this task, then locks the article so that reviewers of one article take turns,
 * then changes the engine and records itself in the same transaction.
 */
@ApplicationScoped
@Transactional
public class ReviewTasks {

    static final int MAX_TASKS = 500;
    /** Comments go into the audit trail and, as revision notes, into the task; both hold 4000 characters. */

    @Inject
    TaskService taskService;


    @Inject
    Articles articles;

    @Inject
    AuditTrail auditTrail;

    @Inject
    CurrentActor currentActor;

    @Inject
    TaskAccess access;

    @Inject
    Notifications notifications;

    @Inject
    OpenedTasks openedTasks;

    @Inject
    TaskLocks taskLocks;

    @Inject
    EngineCommands engineCommands;

    @Inject
    Instance<StepDecisions> stepDecisions;

    private final Map<ReviewStep, StepDecisions> decisionsByStep = new EnumMap<>(ReviewStep.class);

    @PostConstruct
    void findStepDecisions() {
        for (StepDecisions decisions : stepDecisions) {
            for (ReviewStep step : decisions.steps()) {
                if (decisionsByStep.putIfAbsent(step, decisions) != null) {
                    throw new IllegalStateException("Two plug-ins decide the " + step.taskKey() + " step");
                }
            }
        }
    }

    /**
     * The caller's inbox (for a supervisor, with the tasks offered to the supervisors), or, with an article, all of
     * that article's open tasks for the roles on its path.
     */
    public List<TaskView> open(UUID articleId, String taskKey) {
        Actor actor = currentActor.get();
        TaskQuery query = taskService.createTaskQuery().processDefinitionKey(EditorialReview.PROCESS_KEY).active();
        if (articleId != null && access.seesEveryTaskOfAnArticle(actor)) {
            query.processInstanceBusinessKey(articleId.toString());
        } else {
            Set<String> inbox = access.inboxTaskKeys(actor);
            boolean supervisor = actor.hasRole(Role.SUPERVISOR);
            if (inbox.isEmpty() && !supervisor) {
                return List.of();
            }
            if (supervisor) {
                // the tasks offered to the supervisors, claimed or not, besides those of the caller's own groups
                query.or().taskCandidateGroup(Role.SUPERVISOR).ignoreAssigneeValue();
                if (!inbox.isEmpty()) {
                    query.taskDefinitionKeys(inbox);
                }
                query.endOr();
            } else {
                query.taskDefinitionKeys(inbox);
            }
            if (articleId != null) {
                query.processInstanceBusinessKey(articleId.toString());
            }
        }
        if (taskKey != null) {
            query.taskDefinitionKey(taskKey);
        }
        List<Task> tasks = query.orderByTaskCreateTime().asc().listPage(0, MAX_TASKS);
        Set<String> processes = tasks.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
        Map<String, Article> byProcess = articles.byProcessInstances(processes).stream()
                .collect(Collectors.toMap(Article::getProcessInstanceId, Function.identity()));
        return tasks.stream().map(task -> view(task, byProcess.get(task.getProcessInstanceId()))).toList();
    }

    public TaskView get(String taskId) {
        Task task = openTask(taskId);
        Article article = articleOf(task);
        access.requireMaySee(currentActor.get(), article.getId(), taskId, stepOf(task));
        return view(task, article);
    }

    public TaskView claim(String taskId) {
        return engineCommands.inOne(() -> claimNow(taskId));
    }

    private TaskView claimNow(String taskId) {
        Actor actor = currentActor.get();
        Article article = lockedArticleOf(taskId);
        Task task = openTask(taskId);
        access.requireMayWorkOn(actor, article.getId(), taskId, stepOf(task));
        if (actor.username().equals(task.getAssignee())) {
            return view(task, article);
        }
        if (task.getAssignee() != null) {
            throw new Conflict("Task " + taskId + " is already claimed by " + task.getAssignee());
        }
        taskService.claim(taskId, actor.username());
        auditTrail.recordTaskAction(article.getId(), AuditAction.TASK_CLAIMED, taskId, task.getTaskDefinitionKey(), null);
        return view(task, article, actor.username());
    }

    public TaskView unclaim(String taskId) {
        Actor actor = currentActor.get();
        Article article = lockedArticleOf(taskId);
        Task task = openTask(taskId);
        if (!actor.isAdmin()) {
            access.requireMayWorkOn(actor, article.getId(), taskId, stepOf(task));
        }
        if (task.getAssignee() == null) {
            throw new Conflict("Task " + taskId + " is not claimed");
        }
        if (!actor.username().equals(task.getAssignee()) && !actor.isAdmin()) {
            throw new Conflict("Task " + taskId + " is claimed by " + task.getAssignee());
        }
        taskService.unclaim(taskId);
        auditTrail.recordTaskAction(article.getId(), AuditAction.TASK_UNCLAIMED, taskId, task.getTaskDefinitionKey(),
                "was claimed by " + task.getAssignee());
        return view(task, article, null);
    }

    /** An admin hands a task to someone (or back to its group with no assignee). */
    public TaskView assign(String taskId, String assignee) {
        Actor actor = currentActor.get();
        Article article = lockedArticleOf(taskId);
        Task task = openTask(taskId);
        access.requireAdmin(actor, article.getId(), taskId, stepOf(task));
        String previous = task.getAssignee();
        taskService.setAssignee(taskId, assignee);
        notifications.tell(assignee, Notification.Kind.ASSIGNED, article, task.getName());
        auditTrail.recordTaskAction(article.getId(), AuditAction.TASK_ASSIGNED, taskId, task.getTaskDefinitionKey(),
                "from " + (previous == null ? "nobody" : previous) + " to " + (assignee == null ? "nobody" : assignee));
        return view(task, article, assignee);
    }

    public Completion complete(String taskId, String decision, String comment, String text, Integer baseVersion,
                               String duplicateOf, String at) {
        return engineCommands.inOne(() -> completeNow(taskId, decision, comment, text, baseVersion, duplicateOf, at));
    }

    private Completion completeNow(String taskId, String decision, String comment, String text, Integer baseVersion,
                                   String duplicateOf, String at) {
        Actor actor = currentActor.get();
        Article article = lockedArticleOf(taskId);
        Task task = openTask(taskId);
        ReviewStep step = stepOf(task);
        access.requireMayWorkOn(actor, article.getId(), taskId, step);
        if (task.getAssignee() == null) {
            throw new Conflict("Task " + taskId + " must be claimed before it is completed");
        }
        if (!actor.username().equals(task.getAssignee())) {
            throw new Conflict("Task " + taskId + " is claimed by " + task.getAssignee());
        }
        if (decision == null || !step.accepts(decision)) {
            throw new Invalid("'" + decision + "' is not a decision of the " + step.taskKey()
                    + " task; it takes one of " + step.decisions());
        }
        Decision taken = new Decision(decision, comment, text, baseVersion, duplicateOf, at);
        StepDecisions plugIn = decisionsByStep.get(step);
        String details = "";
        if (plugIn == null) {
            taken.withNameAndCommentOnly(step.taskKey());
        } else {
            details = plugIn.apply(article, step, taken);
        }
        auditTrail.recordTaskAction(article.getId(), AuditAction.TASK_COMPLETED, taskId, step.taskKey(),
                "decision: " + decision + details + (comment == null || comment.isBlank() ? "" : "; comment: " + comment));
        // the decision only steers the gateway right after the task, and the comment only becomes the description
        // of a task that opens in this transaction (a revision): nothing stores either
        Map<String, Object> steering = new HashMap<>();
        steering.put(EditorialReview.VAR_DECISION, decision);
        steering.put(EditorialReview.VAR_COMMENT, comment);
        engineCommands.setTransientOn(task.getExecutionId(), steering);
        taskService.complete(taskId);
        step.sentBackTo(decision).ifPresent(earlier -> tellHandlers(article, earlier, step, comment));
        // the step the completion opened, if the engine opened one in this transaction (not one a job opens later)
        TaskView next = openedTasks.of(task.getProcessInstanceId()).filter(opened -> !opened.id().equals(taskId))
                .filter(opened -> access.seesEveryTaskOfAnArticle(actor)
                        || access.inboxTaskKeys(actor).contains(opened.taskKey()))
                .map(opened -> view(opened, article)).orElse(null);
        return new Completion(taskId, article.getId().toString(), step.taskKey(), decision, article.getState(), next);
    }

    /** Tells whoever completed the steps the article goes back to that it came back, with the reason given. */
    private void tellHandlers(Article article, ReviewStep earlier, ReviewStep from, String comment) {
        List<String> keys = Arrays.stream(ReviewStep.values())
                .filter(step -> step.candidateGroup().equals(earlier.candidateGroup())).map(ReviewStep::taskKey).toList();
        String detail = from.taskKey() + (comment == null || comment.isBlank() ? "" : ": " + comment);
        auditTrail.completersOf(article.getId(), keys).stream().map(Actor::username).distinct()
                .forEach(handler -> notifications.tell(handler, Notification.Kind.SENT_BACK, article, detail));
    }

    /**
     * Locks the article, then checks that the caller holds its open task of this step, as one does to work on it:
     * the task is read as the previous lock holder left it. Returns the article.
     */
    public Article requireHolding(UUID articleId, ReviewStep step) {
        Actor actor = currentActor.get();
        Article article = articles.getLocked(articleId);
        Task task = openTaskOf(articleId, step);
        access.requireMayWorkOn(actor, articleId, task.getId(), step);
        if (!actor.username().equals(task.getAssignee())) {
            throw new Conflict(task.getAssignee() == null
                    ? "Claim the " + step.taskKey() + " task " + task.getId() + " of article " + articleId + " first"
                    : "The " + step.taskKey() + " task of article " + articleId + " is claimed by " + task.getAssignee());
        }
        return article;
    }

    private Task openTaskOf(UUID articleId, ReviewStep step) {
        Task task = taskService.createTaskQuery().processDefinitionKey(EditorialReview.PROCESS_KEY)
                .processInstanceBusinessKey(articleId.toString()).taskDefinitionKey(step.taskKey()).active()
                .singleResult();
        if (task == null) {
            throw new Conflict("Article " + articleId + " has no open " + step.taskKey() + " task");
        }
        return task;
    }

    private Task openTask(String taskId) {
        Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            throw noOpenTask(taskId);
        }
        return task;
    }

    /**
     * Locks the article of an open task before anything of either is read, so that the task is then read as the
     * previous lock holder left it.
     */
    private Article lockedArticleOf(String taskId) {
        return taskLocks.lockArticleOf(taskId).orElseThrow(() -> noOpenTask(taskId));
    }

    private RuntimeException noOpenTask(String taskId) {
        return auditTrail.wasCompleted(taskId) ? new Conflict("Task " + taskId + " is already completed")
                : new NotFound("task", taskId);
    }

    private Article articleOf(Task task) {
        return articles.byProcessInstance(task.getProcessInstanceId())
                .orElseThrow(() -> new IllegalStateException("No article for process " + task.getProcessInstanceId()));
    }

    private static ReviewStep stepOf(Task task) {
        return ReviewStep.ofTaskKey(task.getTaskDefinitionKey())
                .orElseThrow(() -> new IllegalStateException("Not a review task: " + task.getTaskDefinitionKey()));
    }

    private static TaskView view(Task task, Article article) {
        return view(task, article, task.getAssignee());
    }

    /** The task as it stands once its assignee is changed to this one. */
    private static TaskView view(Task task, Article article, String assignee) {
        ReviewStep step = stepOf(task);
        return new TaskView(task.getId(), article == null ? null : article.getId().toString(),
                article == null ? null : article.getTitle(), step.taskKey(), task.getName(), step.candidateGroup(),
                assignee, task.getCreateTime().toInstant(), step.decisions(), task.getDescription());
    }

    private static TaskView view(OpenedTasks.Opened task, Article article) {
        ReviewStep step = ReviewStep.ofTaskKey(task.taskKey())
                .orElseThrow(() -> new IllegalStateException("Not a review task: " + task.taskKey()));
        return new TaskView(task.id(), article.getId().toString(), article.getTitle(), step.taskKey(), task.name(),
                step.candidateGroup(), task.assignee(), task.created(), step.decisions(), task.description());
    }
}
