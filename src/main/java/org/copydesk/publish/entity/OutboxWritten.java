package org.copydesk.publish.entity;

/** Deliveries were written to the outbox; once the transaction commits, a node may start on them at once. */
public record OutboxWritten(int deliveries) {
}
