package org.copydesk.triage.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.copydesk.ingest.control.ArticleProgress;
import org.copydesk.workflow.entity.ArticleState;
import org.copydesk.workflow.entity.EditorialReview;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;

/** The "Close duplicate" service task: triage found the article repeats another, which it stays linked to. */
@Named("closeDuplicateDelegate")
@ApplicationScoped
public class CloseDuplicateDelegate implements JavaDelegate {

    @Inject
    ArticleProgress progress;

    @Override
    public void execute(DelegateExecution execution) {
        progress.moveTo(EditorialReview.articleIdOf(execution), ArticleState.DUPLICATE, null, null);
    }
}
