package org.copydesk.web;

/** The container refused a call by the caller's roles, before any Copydesk code ran. */
public record RefusedByRole(String path) {
}
