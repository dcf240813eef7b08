package org.copydesk.publish.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.copydesk.publish.control.Publications;
import org.copydesk.workflow.entity.EditorialReview;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;

/** The "Kill article" service task: off every channel, a kill notice in its place, a kill event to partners. */
@Named("killArticleDelegate")
@ApplicationScoped
public class KillArticleDelegate implements JavaDelegate {

    @Inject
    Publications publications;

    @Override
    public void execute(DelegateExecution execution) {
        publications.kill(EditorialReview.articleIdOf(execution),
                (String) execution.getVariable(EditorialReview.VAR_KILL_NOTICE),
                (String) execution.getVariable(EditorialReview.VAR_KILLED_BY));
    }
}
