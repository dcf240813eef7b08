package org.copydesk.admin.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.copydesk.admin.entity.FailedJobView;
import org.copydesk.audit.control.AuditTrail;
import org.copydesk.audit.entity.AuditAction;
import org.copydesk.domain.NotFound;
import org.copydesk.ingest.control.Articles;
import org.copydesk.ingest.entity.Article;
import org.flowable.engine.ManagementService;
import org.flowable.job.api.Job;

/** Automatic steps that exhausted their retries (Flowable's dead letters), shown to admins and retried by them. */
@ApplicationScoped
@Transactional
public class FailedJobs {

    static final int MAX_LISTED = 200;
    static final int RETRIES = 3;

    @Inject
    ManagementService managementService;

    @Inject
    Articles articles;

    @Inject
    AuditTrail auditTrail;

    public List<FailedJobView> list() {
        List<Job> jobs = managementService.createDeadLetterJobQuery().orderByJobCreateTime().asc()
                .listPage(0, MAX_LISTED);
        Set<String> processes = jobs.stream().map(Job::getProcessInstanceId).collect(Collectors.toSet());
        Map<String, Article> byProcess = articles.byProcessInstances(processes).stream()
                .collect(Collectors.toMap(Article::getProcessInstanceId, Function.identity()));
        return jobs.stream().map(job -> view(job, byProcess.get(job.getProcessInstanceId()))).toList();
    }

    /** Puts the step back in the executor's queue with fresh retries; the audit trail of its article says who. */
    public FailedJobView retry(String jobId) {
        Job job = managementService.createDeadLetterJobQuery().jobId(jobId).singleResult();
        if (job == null) {
            throw new NotFound("failed job", jobId);
        }
        Article article = articles.byProcessInstance(job.getProcessInstanceId()).orElse(null);
        managementService.moveDeadLetterJobToExecutableJob(jobId, RETRIES);
        if (article != null) {
            auditTrail.record(article.getId(), AuditAction.STEP_RETRIED, "automatic step " + job.getElementId()
                    + " retried after: " + job.getExceptionMessage());
        }
        return view(job, article);
    }

    private static FailedJobView view(Job job, Article article) {
        return new FailedJobView(job.getId(), article == null ? null : article.getId().toString(),
                article == null ? null : article.getTitle(), article == null ? null : article.getState().name(),
                job.getElementId(), job.getExceptionMessage(), job.getCreateTime().toInstant());
    }
}
