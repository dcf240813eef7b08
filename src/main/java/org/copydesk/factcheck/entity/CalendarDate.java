package org.copydesk.factcheck.entity;

/**
 * A year, a month of a year or a full date. Month and day are 0 when the article does not give them.
 */
public record CalendarDate(int year, int month, int day) implements ClaimValue {

    public static CalendarDate ofYear(int year) {
        return new CalendarDate(year, 0, 0);
    }

    /** ISO 8601 text at the precision the article gave: "2018", "2024-07", "1960-07-08". */
    public String iso() {
        if (month == 0) {
            return String.format("%04d", year);
        }
        if (day == 0) {
            return String.format("%04d-%02d", year, month);
        }
        return String.format("%04d-%02d-%02d", year, month, day);
    }
}
