package org.copydesk.triage.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.copydesk.triage.control.Intake;
import org.copydesk.workflow.entity.EditorialReview;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;

/** The "Intake" service task: the automatic step before a person triages the article. */
@Named("intakeDelegate")
@ApplicationScoped
public class IntakeDelegate implements JavaDelegate {

    @Inject
    Intake intake;

    @Override
    public void execute(DelegateExecution execution) {
        intake.prepare(EditorialReview.articleIdOf(execution));
    }
}
