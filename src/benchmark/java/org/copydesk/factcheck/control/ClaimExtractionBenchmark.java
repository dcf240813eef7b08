package org.copydesk.factcheck.control;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Median extraction time for a ~10 kB article (two samples joined) after warm-up, against a baseline measured in
 * the same run: one pass of a digit-finding regex over the same text, the least any extractor must do. Command in
 * the README.
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
        Pattern digits = Pattern.compile("\\d+");
        long[] baseline = new long[RUNS];
        int found = 0;
        for (int i = 0; i < WARM_UP + RUNS; i++) {
            long start = System.nanoTime();
            Matcher matcher = digits.matcher(article);
            while (matcher.find()) {
                found++;
            }
            if (i >= WARM_UP) {
                baseline[i - WARM_UP] = System.nanoTime() - start;
            }
        }
        Arrays.sort(baseline);
        System.out.printf("article: %d chars, %d claims%n", article.length(), claims);
        System.out.printf("extraction median: %.2f ms, p90: %.2f ms, min: %.2f ms%n", nanos[RUNS / 2] / 1e6,
                nanos[RUNS * 9 / 10] / 1e6, nanos[0] / 1e6);
        System.out.printf("baseline (digit scan, %d hits) median: %.3f ms; extraction/baseline: %.0f%n",
                found / (WARM_UP + RUNS), baseline[RUNS / 2] / 1e6, (double) nanos[RUNS / 2] / baseline[RUNS / 2]);
    }
}
