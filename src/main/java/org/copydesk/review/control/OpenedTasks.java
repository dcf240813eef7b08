package org.copydesk.review.control;

import jakarta.transaction.TransactionScoped;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The review tasks the engine opened in the current transaction, as it opened them, so that completing a task can
 * answer with the article's next one without asking the engine for it again.
 */
@TransactionScoped
public class OpenedTasks implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What a reviewer is shown of a task, taken from the engine when the task is created. */
    public record Opened(String id, String processInstanceId, String taskKey, String name, String assignee,
                         Instant created, String description) implements Serializable {
    }

    private final List<Opened> opened = new ArrayList<>();

    public void add(Opened task) {
        opened.add(task);
    }

    Optional<Opened> of(String processInstanceId) {
        return opened.stream().filter(task -> task.processInstanceId().equals(processInstanceId)).reduce((a, b) -> b);
    }
}
