package org.copydesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageTest {

    @Test
    void pageZeroAlwaysExistsAndALaterPageOnlyWhileItStartsBeforeTheLastItem() {
        assertThat(new Page<>(List.of(), 0, 20, 0).pastLastPage()).isFalse();
        assertThat(new Page<>(List.of("a"), 1, 20, 21).pastLastPage()).isFalse();
        assertThat(new Page<>(List.of(), 1, 20, 20).pastLastPage()).isTrue();
        assertThat(new Page<>(List.of(), 1, 20, 0).pastLastPage()).isTrue();
        assertThat(new Page<>(List.of(), Page.MAX_PAGE, 200, 5).pastLastPage()).isTrue();
    }

    @Test
    void theReasonSaysHowManyPagesThereAre() {
        assertThat(new Page<>(List.of(), 3, 20, 41).pastLastPageReason())
                .isEqualTo("The query parameter 'page' is 3, past the last page: 41 items make 3 pages of 20,"
                        + " numbered 0 to 2");
        assertThat(new Page<>(List.of(), 1, 20, 7).pastLastPageReason()).contains("7 items make 1 page of 20");
        assertThat(new Page<>(List.of(), 2, 20, 0).pastLastPageReason())
                .isEqualTo("The query parameter 'page' is 2, but the listing is empty: ask for page 0");
    }
}
