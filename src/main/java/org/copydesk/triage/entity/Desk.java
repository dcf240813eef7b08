package org.copydesk.triage.entity;

public enum Desk {
    TECHNOLOGY, BUSINESS, POLITICS, WORLD, SCIENCE, HEALTH, SPORTS, CULTURE, GENERAL
}
