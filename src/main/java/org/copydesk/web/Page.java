package org.copydesk.web;

import java.util.List;

/** One page of a listing; {@code page} counts from 0. */
public record Page<T>(List<T> items, int page, int size, long total) {

    /** Refuses a page number below 0 or a size outside 1 to {@code maxSize}, with a 400 that says so. */
    public static void requireValid(int page, int size, int maxSize) {
        if (page < 0 || size < 1 || size > maxSize) {
            throw ProblemException.badRequest("page must be 0 or more and size between 1 and " + maxSize);
        }
    }
}
