package org.copydesk.triage.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.copydesk.triage.control.AutomaticTriage;
import org.copydesk.workflow.entity.EditorialReview;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;

/** The "Intake" service task: automatic triage, run as an async job so that ingest answers at once. */
@Named("intakeDelegate")
@ApplicationScoped
public class IntakeDelegate implements JavaDelegate {

    @Inject
    AutomaticTriage automaticTriage;

    @Override
    public void execute(DelegateExecution execution) {
        automaticTriage.analyse(EditorialReview.articleIdOf(execution));
    }
}
