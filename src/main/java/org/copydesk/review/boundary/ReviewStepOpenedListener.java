package org.copydesk.review.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.copydesk.ingest.control.ArticleProgress;
import org.copydesk.workflow.entity.EditorialReview;
import org.copydesk.workflow.entity.ReviewStep;
import org.flowable.task.service.delegate.DelegateTask;
import org.flowable.task.service.delegate.TaskListener;

/** Bound to every review user task: when one opens, the article enters that step's state. */
@Named("reviewStepOpenedListener")
@ApplicationScoped
public class ReviewStepOpenedListener implements TaskListener {

    @Inject
    ArticleProgress progress;

    @Override
    public void notify(DelegateTask task) {
        ReviewStep step = ReviewStep.ofTaskKey(task.getTaskDefinitionKey())
                .orElseThrow(() -> new IllegalStateException("No review step for task " + task.getTaskDefinitionKey()));
        if (step == ReviewStep.REVISION) {
            // the fact-checker's notes travel with the task that acts on them
            task.setDescription((String) task.getVariable(EditorialReview.VAR_COMMENT));
        }
        progress.moveTo(EditorialReview.articleIdOf(task), step.articleState(), task.getId(), step.taskKey());
    }
}
