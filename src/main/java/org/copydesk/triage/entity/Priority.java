package org.copydesk.triage.entity;

public enum Priority {
    LOW, NORMAL, HIGH, URGENT;

    public Priority raised() {
        return this == URGENT ? URGENT : values()[ordinal() + 1];
    }
}
