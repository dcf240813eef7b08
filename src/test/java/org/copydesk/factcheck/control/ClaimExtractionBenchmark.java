package org.copydesk.factcheck.control;

import java.util.Arrays;

/**
 * Median extraction time for a ~10 kB article (two samples joined) after warm-up. After
 * {@code mvn test-compile}, run
 * {@code java -cp target/classes:target/test-classes org.copydesk.factcheck.control.ClaimExtractionBenchmark}.
 */
public final class ClaimExtractionBenchmark {

    private static final int WARM_UP = 300;
    private static final int RUNS = 200;

    private ClaimExtractionBenchmark() {
    }

    public static void main(String[] args) {
        String article = Articles.load("samples/002_51005e4b663ca4c8.txt")
                + "\n\n" + Articles.load("samples/004_b70ffce309890383.txt");
        ClaimExtractor extractor = new ClaimExtractor();
        int claims = 0;
        for (int i = 0; i < WARM_UP; i++) {
            claims = extractor.extract(article, "en").size();
        }
        long[] nanos = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            extractor.extract(article, "en");
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf("article: %d chars, %d claims%n", article.length(), claims);
        System.out.printf("median: %.2f ms, p90: %.2f ms, min: %.2f ms%n", nanos[RUNS / 2] / 1e6,
                nanos[RUNS * 9 / 10] / 1e6, nanos[0] / 1e6);
    }
}
