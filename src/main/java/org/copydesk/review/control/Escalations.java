package org.copydesk.review.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.logging.Logger;
import org.copydesk.audit.control.AuditTrail;
import org.copydesk.audit.entity.AuditAction;
import org.copydesk.ingest.control.Articles;
import org.copydesk.ingest.entity.Article;
import org.copydesk.review.entity.Notification;
import org.copydesk.security.control.RealmPeople;
import org.copydesk.security.entity.Role;
import org.copydesk.workflow.entity.ReviewStep;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;

/**
 * What happens to a review task left open too long, as its timers fire on whichever node takes their job: past its
 * due date it is escalated (its priority raised, its group and the admins told), and some time later it is offered
 * to the supervisors as well. Each is audited on the article, by the system on that node.
 */
@ApplicationScoped
@Transactional
public class Escalations {

    private static final Logger LOG = Logger.getLogger(Escalations.class.getName());

    @Inject
    TaskService taskService;

    @Inject
    Articles articles;

    @Inject
    Notifications notifications;

    @Inject
    RealmPeople people;

    @Inject
    AuditTrail auditTrail;

    @Inject
    TaskAccess access;

    /**
     * The article's open review task is late: escalated the first time, offered to the supervisors the next, as its
     * one escalation timer fires at its due date and later again.
     */
    public void escalate(UUID articleId) {
        Optional<Task> open = openTask(articles.get(articleId));
        if (open.isPresent() && TaskPriority.isRaised(open.get().getPriority())) {
            offerToSupervisors(articleId);
        } else {
            escalateOverdue(articleId);
        }
    }

    /** The article's open review task is past its due date: raises its priority and tells its group and the admins. */
    public void escalateOverdue(UUID articleId) {
        Article article = articles.get(articleId);
        Optional<Task> waiting = openTask(article);
        if (waiting.isEmpty()) {
            return;
        }
        Set<String> told = new TreeSet<>(people.withRole(stepOf(waiting.get()).candidateGroup()));
        told.addAll(people.withRole(Role.ADMIN));
        Optional<Task> open = lockedOpenTask(article);
        if (open.isEmpty()) {
            return;
        }
        Task task = open.get();
        ReviewStep step = stepOf(task);
        int raised = TaskPriority.raised(task.getPriority());
        taskService.setPriority(task.getId(), raised);
        if (task.getAssignee() != null) {
            told.add(task.getAssignee());
        }
        String detail = task.getName() + ", due " + dueOf(task);
        told.forEach(person -> notifications.tell(person, Notification.Kind.OVERDUE, article, detail));
        auditTrail.recordTaskAction(article.getId(), AuditAction.TASK_ESCALATED, task.getId(), step.taskKey(),
                "overdue since " + dueOf(task) + "; priority " + TaskPriority.shown(article.getPriority(),
                task.getPriority()) + " -> " + TaskPriority.shown(article.getPriority(), raised) + "; told "
                + step.candidateGroup() + " and " + Role.ADMIN + ": " + String.join(", ", told));
    }

    /**
     * The article's overdue review task is still open: the supervisors may take it too, their group joining its
     * own; whoever holds it keeps it until they or an admin let it go.
     */
    public void offerToSupervisors(UUID articleId) {
        Article article = articles.get(articleId);
        Set<String> supervisors = new TreeSet<>(people.withRole(Role.SUPERVISOR));
        Optional<Task> open = lockedOpenTask(article);
        if (open.isEmpty()) {
            return;
        }
        Task task = open.get();
        ReviewStep step = stepOf(task);
        if (!access.isOfferedToSupervisors(task.getId())) {
            taskService.addCandidateGroup(task.getId(), Role.SUPERVISOR);
        }
        String detail = task.getName() + ", due " + dueOf(task);
        supervisors.forEach(person -> notifications.tell(person, Notification.Kind.OFFERED, article, detail));
        List<String> said = new ArrayList<>(List.of("open since " + task.getCreateTime().toInstant() + ", due "
                + dueOf(task), "offered to " + Role.SUPERVISOR + ": " + String.join(", ", supervisors)));
        if (task.getAssignee() != null) {
            said.add("still claimed by " + task.getAssignee());
        }
        auditTrail.recordTaskAction(article.getId(), AuditAction.TASK_OFFERED, task.getId(), step.taskKey(),
                String.join("; ", said));
    }

    /**
     * The article's open review task, read again under the article's lock; none if a reviewer closed it first. The
     * realm is asked who to tell before, so that its answer never holds up the article's reviewers.
     */
    private Optional<Task> lockedOpenTask(Article article) {
        articles.lock(article);
        Optional<Task> task = openTask(article);
        if (task.isEmpty()) {
            LOG.info(() -> "Article " + article.getId() + " has no open task left to escalate");
        }
        return task;
    }

    private Optional<Task> openTask(Article article) {
        return Optional.ofNullable(taskService.createTaskQuery().processInstanceId(article.getProcessInstanceId())
                .active().singleResult());
    }

    private static ReviewStep stepOf(Task task) {
        return ReviewStep.ofTaskKey(task.getTaskDefinitionKey())
                .orElseThrow(() -> new IllegalStateException("Not a review task: " + task.getTaskDefinitionKey()));
    }

    private static Object dueOf(Task task) {
        return task.getDueDate() == null ? "(none set)" : task.getDueDate().toInstant();
    }
}
