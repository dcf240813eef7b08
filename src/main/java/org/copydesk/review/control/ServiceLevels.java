package org.copydesk.review.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.copydesk.platform.StoredSettings;
import org.copydesk.review.entity.Deadline;
import org.copydesk.workflow.entity.ReviewStep;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How long each review step may take: an admin's stored setting per step, else the configured default; and how
 * much longer an overdue task waits before it is offered to the supervisors. A task's deadline is taken from them
 * when it opens, so a change applies to the tasks opened after it.
 */
@ApplicationScoped
public class ServiceLevels {

    @Inject
    StoredSettings stored;

    @Inject
    @ConfigProperty(name = "copydesk.sla.minutes", defaultValue = "1440")
    int configuredSlaMinutes;

    @Inject
    @ConfigProperty(name = "copydesk.sla.supervisors-after", defaultValue = "PT4H")
    String configuredSupervisorsAfter;

    private Duration supervisorsAfter;

    @PostConstruct
    void readSupervisorsAfter() {
        try {
            supervisorsAfter = Duration.parse(configuredSupervisorsAfter);
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("copydesk.sla.supervisors-after must be an ISO-8601 duration such as PT4H,"
                    + " not '" + configuredSupervisorsAfter + "'", e);
        }
        if (supervisorsAfter.isNegative()) {
            throw new IllegalStateException("copydesk.sla.supervisors-after must not be negative");
        }
    }

    /** The stored setting that holds a step's time in minutes. */
    public static String slaSetting(ReviewStep step) {
        return "sla." + step.taskKey() + ".minutes";
    }

    /** How long a task of this step may stay open before it is overdue. */
    public int slaMinutes(ReviewStep step) {
        return stored.get(slaSetting(step)).map(Integer::parseInt).orElse(configuredSlaMinutes);
    }

    /** How long an overdue task stays with its own group alone before the supervisors are offered it too. */
    public Duration supervisorsAfter() {
        return supervisorsAfter;
    }

    /** The deadline of a task of this step opened at this instant, by the settings as they stand now. */
    public Deadline deadlineOf(ReviewStep step, Instant opened) {
        return Deadline.of(opened, Duration.ofMinutes(slaMinutes(step)), supervisorsAfter);
    }
}
