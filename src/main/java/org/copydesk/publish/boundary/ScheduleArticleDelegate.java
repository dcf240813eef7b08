package org.copydesk.publish.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.copydesk.workflow.entity.ArticleState;
import org.copydesk.ingest.control.ArticleProgress;
import org.copydesk.workflow.entity.EditorialReview;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;

/** The "Schedule article" service task: the article waits SCHEDULED for the timer that follows. */
@Named("scheduleArticleDelegate")
@ApplicationScoped
public class ScheduleArticleDelegate implements JavaDelegate {

    @Inject
    ArticleProgress progress;

    @Override
    public void execute(DelegateExecution execution) {
        progress.moveTo(EditorialReview.articleIdOf(execution), ArticleState.SCHEDULED, null, null);
    }
}
