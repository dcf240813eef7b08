package org.copydesk.admin.entity;

import java.time.LocalDate;

/** How many times something happened on one day (UTC). */
public record DayCount(LocalDate day, long count) {
}
