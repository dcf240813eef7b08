package org.copydesk.web;

import java.util.List;

/** One page of a listing; {@code page} counts from 0. */
public record Page<T>(List<T> items, int page, int size, long total) implements Paged {

    /**
     * The highest page number a listing accepts: far past any real listing, and low enough that page times any
     * page size stays an int offset.
     */
    public static final int MAX_PAGE = 1_000_000;
}
