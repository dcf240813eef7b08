package org.copydesk.audit.entity;

public enum AuditAction {
    INGESTED, INTAKE_COMPLETED, TASK_CLAIMED, TASK_UNCLAIMED, TASK_COMPLETED, STATE_CHANGED
}
