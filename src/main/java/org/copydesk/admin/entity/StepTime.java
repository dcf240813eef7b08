package org.copydesk.admin.entity;

/** How long articles stayed in one review step, over the visits that ended in the dashboard's period. */
public record StepTime(String step, String state, long visits, long medianSeconds, long p90Seconds) {
}
