package org.copydesk.audit.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Anchors the audit chains every period on every node; the anchors' lock row makes nodes take turns, and a node
 * finding nothing moved since the last anchor writes none.
 */
@ApplicationScoped
public class AnchorSchedule {

    private static final Logger LOG = Logger.getLogger(AnchorSchedule.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    AuditChains chains;

    @Inject
    @ConfigProperty(name = "copydesk.audit.anchor-minutes", defaultValue = "60")
    long anchorMinutes;

    public void start() {
        if (anchorMinutes <= 0) {
            return;
        }
        scheduler.scheduleWithFixedDelay(this::anchor, anchorMinutes, anchorMinutes, TimeUnit.MINUTES);
    }

    private void anchor() {
        try {
            chains.anchor();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Anchoring the audit chains failed; the next period tries again", e);
        }
    }
}
