package org.copydesk.publish.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.copydesk.publish.control.Publications;
import org.copydesk.workflow.entity.EditorialReview;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;

/** The "Correct article" service task: a new published version with its note, delivered as an update. */
@Named("correctArticleDelegate")
@ApplicationScoped
public class CorrectArticleDelegate implements JavaDelegate {

    @Inject
    Publications publications;

    @Override
    public void execute(DelegateExecution execution) {
        publications.correct(EditorialReview.articleIdOf(execution),
                (String) execution.getVariable(EditorialReview.VAR_CORRECTION_HEADLINE),
                (String) execution.getVariable(EditorialReview.VAR_CORRECTION_TEXT),
                (String) execution.getVariable(EditorialReview.VAR_CORRECTION_NOTE),
                (String) execution.getVariable(EditorialReview.VAR_ACTED_BY));
    }
}
