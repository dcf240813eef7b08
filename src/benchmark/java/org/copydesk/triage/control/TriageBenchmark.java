package org.copydesk.triage.control;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

import org.copydesk.triage.entity.TriageReport;
import org.jsoup.Jsoup;

/**
 * Median time of {@link ArticleAnalyzer#analyze} on a ~10 kB plain-text article after warm-up.
 * A main class, not a test, so the build never fails on a busy machine (the README has the command). The
 * baseline, measured in the same run on the same article, is the least any tool does: parse it as HTML with
 * jsoup and take the normalised text.
 */
public final class TriageBenchmark {

    private static final int TARGET_CHARS = 10_000;
    private static final int WARM_UP = 100;
    private static final int MEASURED = 300;

    private TriageBenchmark() {
    }

    public static void main(String[] args) {
        String article = tenKilobyteArticle();
        ArticleAnalyzer analyzer = new ArticleAnalyzer();
        long loadStart = System.nanoTime();
        TriageReport first = analyzer.analyze(article, ArticleAnalyzer.TEXT_PLAIN);
        long firstCall = System.nanoTime() - loadStart;
        for (int i = 0; i < WARM_UP; i++) {
            analyzer.analyze(article, ArticleAnalyzer.TEXT_PLAIN);
        }
        long[] nanos = new long[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            long start = System.nanoTime();
            analyzer.analyze(article, ArticleAnalyzer.TEXT_PLAIN);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        long[] baseline = new long[MEASURED];
        for (int i = 0; i < WARM_UP + MEASURED; i++) {
            long start = System.nanoTime();
            Normalizer.normalize(Jsoup.parse(article).text(), Normalizer.Form.NFC);
            if (i >= WARM_UP) {
                baseline[i - WARM_UP] = System.nanoTime() - start;
            }
        }
        Arrays.sort(baseline);
        System.out.printf(Locale.ROOT, "article: %d chars, %d paragraphs, %d findings%n", article.length(),
                first.paragraphs().size(), first.findings().size());
        System.out.printf(Locale.ROOT, "first call (loads language models): %.0f ms%n", firstCall / 1e6);
        System.out.printf(Locale.ROOT, "analyze(): median %.2f ms, p90 %.2f ms, min %.2f ms over %d runs%n",
                nanos[MEASURED / 2] / 1e6, nanos[MEASURED * 9 / 10] / 1e6, nanos[0] / 1e6, MEASURED);
        System.out.printf(Locale.ROOT, "baseline (jsoup text + NFC): median %.2f ms%n", baseline[MEASURED / 2] / 1e6);
        System.out.printf(Locale.ROOT, "ratio analyze / baseline: %.1f%n",
                (double) nanos[MEASURED / 2] / baseline[MEASURED / 2]);
    }

    /** The first sample cut at the paragraph boundary nearest 10 kB. */
    static String tenKilobyteArticle() {
        String sample = TestArticles.sample("000_c07d0c8b38be55d4.txt");
        int cut = sample.indexOf("\n\n", TARGET_CHARS);
        return cut < 0 ? sample : sample.substring(0, cut);
    }
}
