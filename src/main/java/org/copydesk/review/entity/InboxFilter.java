package org.copydesk.review.entity;

import java.util.Arrays;
import java.util.Locale;

/**
 * What an inbox shows: whose tasks ({@link Scope}), optionally one step, priority, desk, language or words of
 * the title, in an order ({@link Order}).
 */
public record InboxFilter(Scope scope, String taskKey, String priority, String desk, String language, String title,
                          Order order) {

    /** Whose tasks: unclaimed or mine (the default), only mine, only unclaimed, or every task of my groups. */
    public enum Scope {
        AVAILABLE, MINE, UNCLAIMED, ALL;

        public static Scope parse(String text) {
            return parseEnum(Scope.class, text, AVAILABLE);
        }
    }

    /** Priority then age (the default), oldest first, newest first, or by title. */
    public enum Order {
        PRIORITY, OLDEST, NEWEST, TITLE;

        public static Order parse(String text) {
            return parseEnum(Order.class, text, PRIORITY);
        }
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String text, E fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        String name = text.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(type.getEnumConstants()).filter(value -> value.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("'" + text + "' is not one of "
                        + Arrays.toString(type.getEnumConstants()).toLowerCase(Locale.ROOT)));
    }
}
