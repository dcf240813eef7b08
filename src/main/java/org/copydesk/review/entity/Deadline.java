package org.copydesk.review.entity;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * When an open review task falls overdue (its due date: its group and the admins are told, its priority raised),
 * and when, still open, it is offered to the supervisors as well. Both are fixed when the task opens, from the
 * settings of that moment.
 */
public record Deadline(Instant due, Instant offerToSupervisors) implements Serializable {

    public Deadline {
        if (offerToSupervisors.isBefore(due)) {
            throw new IllegalArgumentException("A task is offered to supervisors only once it is overdue");
        }
    }

    /** The deadline of a task opened at this instant, with its step's time and the supervisors' further wait. */
    public static Deadline of(Instant opened, Duration stepTime, Duration supervisorsAfter) {
        if (stepTime.isNegative() || supervisorsAfter.isNegative()) {
            throw new IllegalArgumentException("A step's time and the supervisors' wait are never negative");
        }
        Instant due = opened.plus(stepTime);
        return new Deadline(due, due.plus(supervisorsAfter));
    }
}
