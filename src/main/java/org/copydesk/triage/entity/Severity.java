package org.copydesk.triage.entity;

public enum Severity {
    INFO, LOW, MEDIUM, HIGH
}
