package org.copydesk.workflow.entity;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.copydesk.workflow.entity.ArticleState;

/**
 * The human steps of the editorial review process: the BPMN user task they are, the group that may take
 * them, the state an article is in while the step is open, and the decisions that close it.
 */
public enum ReviewStep {
    TRIAGE("triage", "triage-editor", ArticleState.TRIAGE, List.of("accept", "reject", "duplicate")),
    FACT_CHECK("factCheck", "fact-checker", ArticleState.FACT_CHECK, List.of("approve", "revise", "reject")),
    REVISION("revision", "triage-editor", ArticleState.REVISION, List.of("resubmit")),
    PUBLISH("publish", "publisher", ArticleState.READY, List.of("publish", "schedule", "embargo", "back")),
    /** A claim of the published article was found false: the publisher corrects it (through the API) or dismisses. */
    CORRECTION("correction", "publisher", ArticleState.PUBLISHED, List.of("dismiss"));

    private final String taskKey;
    private final String candidateGroup;
    private final ArticleState articleState;
    private final List<String> decisions;

    ReviewStep(String taskKey, String candidateGroup, ArticleState articleState, List<String> decisions) {
        this.taskKey = taskKey;
        this.candidateGroup = candidateGroup;
        this.articleState = articleState;
        this.decisions = decisions;
    }

    public static Optional<ReviewStep> ofTaskKey(String taskKey) {
        return Arrays.stream(values()).filter(step -> step.taskKey.equals(taskKey)).findFirst();
    }

    /** The step a decision of this one sends the article back to, if it does. */
    public Optional<ReviewStep> sentBackTo(String decision) {
        if (this == FACT_CHECK && "revise".equals(decision)) {
            return Optional.of(REVISION);
        }
        if (this == PUBLISH && "back".equals(decision)) {
            return Optional.of(FACT_CHECK);
        }
        return Optional.empty();
    }

    public boolean accepts(String decision) {
        return decisions.contains(decision);
    }

    public String taskKey() {
        return taskKey;
    }

    public String candidateGroup() {
        return candidateGroup;
    }

    public ArticleState articleState() {
        return articleState;
    }

    public List<String> decisions() {
        return decisions;
    }
}
