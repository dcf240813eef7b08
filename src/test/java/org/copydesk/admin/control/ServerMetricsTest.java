package org.copydesk.admin.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServerMetricsTest {

    @Test
    void theJvmsFiguresAreWrittenAsPrometheusTextWithEachFamilyAnnouncedOnce() {
        String text = new ServerMetrics().text();
        List<String> lines = Arrays.asList(text.split("\n"));

        assertThat(lines).contains("# TYPE memory_usedHeap_bytes gauge", "# TYPE gc_total counter");
        assertThat(lines).anyMatch(line -> line.matches("memory_usedHeap_bytes\\{mp_scope=\"base\"} \\d+"));
        assertThat(lines).anyMatch(line -> line.matches("thread_count\\{mp_scope=\"base\"} [1-9]\\d*"));
        assertThat(lines).anyMatch(line -> line.matches("jvm_uptime_seconds\\{mp_scope=\"base\"} [0-9.E-]+"));
        assertThat(lines).anyMatch(line -> line.startsWith("gc_total{mp_scope=\"base\",name=\""));
        assertThat(lines.stream().filter(line -> line.startsWith("# TYPE ")))
                .doesNotHaveDuplicates();
        assertThat(lines).allMatch(line -> line.startsWith("# ") || line.matches("[a-zA-Z_]+\\{[^}]*} \\S+"));
    }
}
