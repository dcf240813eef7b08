package org.copydesk.admin.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.copydesk.admin.entity.DeskSettingsView;
import org.copydesk.admin.entity.DeskSettingsView.SeparationRule;
import org.copydesk.audit.control.AuditTrail;
import org.copydesk.audit.entity.AuditAction;
import org.copydesk.domain.Invalid;
import org.copydesk.platform.StoredSettings;
import org.copydesk.review.control.ServiceLevels;
import org.copydesk.review.control.TaskAccess;
import org.copydesk.security.control.CurrentActor;
import org.copydesk.web.RequestSizeLimit;
import org.copydesk.workflow.entity.ReviewStep;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The desk's run-time settings as admins see and change them; each change stored and audited in one transaction. */
@ApplicationScoped
public class DeskSettings {

    static final int MAX_SLA_MINUTES = 30 * 24 * 60;
    static final long MIN_UPLOAD_BYTES = 1024;
    static final long MAX_UPLOAD_BYTES = 100L * 1024 * 1024;

    @Inject
    StoredSettings stored;

    @Inject
    TaskAccess taskAccess;

    @Inject
    AuditTrail auditTrail;

    @Inject
    CurrentActor currentActor;

    @Inject
    @ConfigProperty(name = "copydesk.api.max-body-bytes", defaultValue = "5242880")
    long configuredMaxUploadBytes;

    @Inject
    ServiceLevels serviceLevels;

    public DeskSettingsView current() {
        List<SeparationRule> rules = new ArrayList<>();
        TaskAccess.INDEPENDENT_OF.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(later -> later.getValue().forEach(earlier -> rules.add(new SeparationRule(earlier.taskKey(),
                        later.getKey().taskKey(), taskAccess.separates(earlier, later.getKey())))));
        Map<String, Integer> sla = new LinkedHashMap<>();
        Arrays.stream(ReviewStep.values()).forEach(step -> sla.put(step.taskKey(), serviceLevels.slaMinutes(step)));
        long upload = stored.get(RequestSizeLimit.MAX_BODY_SETTING).map(Long::parseLong)
                .orElse(configuredMaxUploadBytes);
        return new DeskSettingsView(rules, sla, upload);
    }

    /** Checks the whole change first; stores and audits each setting that differs; answers the settings now. */
    @Transactional
    public DeskSettingsView change(DeskSettingsView change) {
        if (change == null) {
            throw invalid(List.of(violation("", "the body must be a settings document")));
        }
        Map<String, String> wanted = new LinkedHashMap<>();
        List<Map<String, String>> violations = new ArrayList<>();
        List<SeparationRule> rules = change.separationOfDuties() == null ? List.of() : change.separationOfDuties();
        for (int i = 0; i < rules.size(); i++) {
            SeparationRule rule = rules.get(i);
            String field = "separationOfDuties[" + i + "]";
            ReviewStep earlier = rule == null ? null : ReviewStep.ofTaskKey(rule.earlier()).orElse(null);
            ReviewStep later = rule == null ? null : ReviewStep.ofTaskKey(rule.later()).orElse(null);
            if (earlier == null || later == null
                    || !TaskAccess.INDEPENDENT_OF.getOrDefault(later, List.of()).contains(earlier)) {
                violations.add(violation(field, "no separation of duties between these steps; the pairs are "
                        + pairs()));
            } else if (rule.enabled() == null) {
                violations.add(violation(field + ".enabled", "must be true or false"));
            } else {
                wanted.put(TaskAccess.separationSetting(earlier, later), rule.enabled().toString());
            }
        }
        Map<String, Integer> sla = change.slaMinutes() == null ? Map.of() : change.slaMinutes();
        sla.forEach((taskKey, minutes) -> {
            ReviewStep step = ReviewStep.ofTaskKey(taskKey).orElse(null);
            if (step == null) {
                violations.add(violation("slaMinutes." + taskKey, "no such step; the steps are "
                        + Arrays.stream(ReviewStep.values()).map(ReviewStep::taskKey).toList()));
            } else if (minutes == null || minutes < 1 || minutes > MAX_SLA_MINUTES) {
                violations.add(violation("slaMinutes." + taskKey, "must be between 1 and " + MAX_SLA_MINUTES
                        + " minutes"));
            } else {
                wanted.put(ServiceLevels.slaSetting(step), minutes.toString());
            }
        });
        Long upload = change.maxUploadBytes();
        if (upload != null && (upload < MIN_UPLOAD_BYTES || upload > MAX_UPLOAD_BYTES)) {
            violations.add(violation("maxUploadBytes", "must be between " + MIN_UPLOAD_BYTES + " and "
                    + MAX_UPLOAD_BYTES + " bytes"));
        } else if (upload != null) {
            wanted.put(RequestSizeLimit.MAX_BODY_SETTING, upload.toString());
        }
        if (!violations.isEmpty()) {
            throw invalid(violations);
        }
        Map<String, String> before = currentValues();
        String admin = currentActor.get().username();
        wanted.forEach((name, value) -> {
            if (!Objects.equals(before.get(name), value)) {
                stored.put(name, value, admin);
                auditTrail.recordDeskChange(AuditAction.SETTINGS_CHANGED, name + ": " + before.get(name) + " -> "
                        + value);
            }
        });
        return current();
    }

    /** Every setting as it stands, stored or from the configuration, under its stored name. */
    private Map<String, String> currentValues() {
        DeskSettingsView now = current();
        Map<String, String> values = new LinkedHashMap<>();
        now.separationOfDuties().forEach(rule -> values.put(TaskAccess.separationSetting(
                ReviewStep.ofTaskKey(rule.earlier()).orElseThrow(), ReviewStep.ofTaskKey(rule.later()).orElseThrow()),
                rule.enabled().toString()));
        now.slaMinutes().forEach((taskKey, minutes) -> values.put(
                ServiceLevels.slaSetting(ReviewStep.ofTaskKey(taskKey).orElseThrow()), minutes.toString()));
        values.put(RequestSizeLimit.MAX_BODY_SETTING, now.maxUploadBytes().toString());
        return values;
    }

    private static List<String> pairs() {
        List<String> pairs = new ArrayList<>();
        TaskAccess.INDEPENDENT_OF.forEach((later, earlier) -> earlier.forEach(step -> pairs.add(step.taskKey()
                + " -> " + later.taskKey())));
        return pairs.stream().sorted().toList();
    }

    private static Map<String, String> violation(String field, String message) {
        return Map.of("field", field, "message", message);
    }

    private static Invalid invalid(List<Map<String, String>> violations) {
        return new Invalid("The settings are not valid: " + violations.stream()
                .map(v -> v.get("field") + " " + v.get("message")).reduce((a, b) -> a + "; " + b).orElse(""),
                null, Map.of("violations", violations));
    }
}
