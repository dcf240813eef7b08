package org.copydesk.review.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Date;
import java.util.UUID;
import org.copydesk.ingest.control.ArticleProgress;
import org.copydesk.review.control.OpenedTasks;
import org.copydesk.review.control.ServiceLevels;
import org.copydesk.review.control.TaskArrivals;
import org.copydesk.review.entity.Deadline;
import org.copydesk.workflow.entity.EditorialReview;
import org.copydesk.workflow.entity.ReviewStep;
import org.flowable.common.engine.api.delegate.event.FlowableEngineEventType;
import org.flowable.common.engine.api.delegate.event.FlowableEntityEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEventListener;
import org.flowable.task.service.delegate.DelegateTask;
import org.flowable.task.service.delegate.TaskListener;

/**
 * Declared once on the review process for every task it creates: when a review step opens, the article enters
 * that step's state, in the transaction that opens it, and the task gets its deadline from the settings of that
 * moment: its due date, and what its escalation timers read. Articles still running on a definition deployed before
 * that declaration name it as a task listener on each task.
 */
@Named("reviewStepOpenedListener")
@ApplicationScoped
public class ReviewStepOpenedListener implements FlowableEventListener, TaskListener {

    @Inject
    ArticleProgress progress;

    @Inject
    OpenedTasks openedTasks;

    @Inject
    ServiceLevels serviceLevels;

    @Inject
    Event<TaskArrivals.TaskOpened> taskOpened;

    @Override
    public void onEvent(FlowableEvent event) {
        if (event.getType() != FlowableEngineEventType.TASK_CREATED
                || !(event instanceof FlowableEntityEvent entityEvent)
                || !(entityEvent.getEntity() instanceof DelegateTask task)) {
            return;
        }
        notify(task);
    }

    @Override
    public void notify(DelegateTask task) {
        ReviewStep step = ReviewStep.ofTaskKey(task.getTaskDefinitionKey())
                .orElseThrow(() -> new IllegalStateException("No review step for task " + task.getTaskDefinitionKey()));
        if (step == ReviewStep.REVISION || step == ReviewStep.CORRECTION) {
            // the fact-checker's notes (or the claim found false) travel with the task that acts on them
            task.setDescription((String) task.getVariable(EditorialReview.VAR_COMMENT));
        }
        UUID articleId = EditorialReview.articleIdOf(task);
        progress.moveTo(articleId, step.articleState(), task.getId(), step.taskKey());
        Deadline deadline = serviceLevels.deadlineOf(step, task.getCreateTime().toInstant());
        task.setDueDate(Date.from(deadline.due()));
        task.setTransientVariable(EditorialReview.VAR_DEADLINE, deadline);
        openedTasks.add(new OpenedTasks.Opened(task.getId(), task.getProcessInstanceId(), step.taskKey(),
                task.getName(), task.getAssignee(), task.getCreateTime().toInstant(), task.getDescription()));
        taskOpened.fire(new TaskArrivals.TaskOpened(articleId));
    }

    /** A step whose article cannot enter its state must not open. */
    @Override
    public boolean isFailOnException() {
        return true;
    }

    @Override
    public boolean isFireOnTransactionLifecycleEvent() {
        return false;
    }

    @Override
    public String getOnTransaction() {
        return null;
    }
}
