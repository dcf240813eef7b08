package org.copydesk.web;

/** A listing cut into pages of {@code size}, {@code page} counting from 0, over {@code total} items. */
public interface Paged {

    int page();

    int size();

    long total();

    /** Page 0 always exists, empty or not; any later page must start before the last item. */
    default boolean pastLastPage() {
        return page() > 0 && (long) page() * size() >= total();
    }

    default String pastLastPageReason() {
        long pages = (total() + size() - 1) / size();
        return total() == 0
                ? "The query parameter 'page' is " + page() + ", but the listing is empty: ask for page 0"
                : "The query parameter 'page' is " + page() + ", past the last page: " + total() + " items make "
                        + pages + (pages == 1 ? " page" : " pages") + " of " + size() + ", numbered 0 to " + (pages - 1);
    }
}
