package org.copydesk.admin.entity;

/** One element of a workflow map: how many articles wait there, and how many of them are past their due date. */
public record StepCount(String element, String name, String type, long waiting, long overdue) {
}
