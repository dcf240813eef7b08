package org.copydesk.admin.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DashboardTest {

    @Test
    void percentilesAreNearestRank() {
        List<Long> seconds = List.of(50L, 10L, 40L, 20L, 30L, 100L, 60L, 70L, 80L, 90L);
        assertThat(Dashboard.percentile(seconds, 50)).isEqualTo(50);
        assertThat(Dashboard.percentile(seconds, 90)).isEqualTo(90);
        assertThat(Dashboard.percentile(List.of(7L), 90)).isEqualTo(7);
        assertThat(Dashboard.percentile(List.of(), 50)).isZero();
    }
}
