package org.copydesk.publish.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import org.copydesk.publish.control.Publications;
import org.copydesk.workflow.entity.EditorialReview;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;

/** The "Publish article" service task, an async job: the published version and its outbox, in one transaction. */
@Named("publishArticleDelegate")
@ApplicationScoped
public class PublishArticleDelegate implements JavaDelegate {

    @Inject
    Publications publications;

    @Override
    public void execute(DelegateExecution execution) {
        String embargo = (String) execution.getVariable(EditorialReview.VAR_EMBARGO_UNTIL);
        publications.publish(EditorialReview.articleIdOf(execution), embargo == null ? null : Instant.parse(embargo));
    }
}
