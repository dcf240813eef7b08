package org.copydesk.evaluation;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import org.copydesk.it.StandalonePersistence;

/**
 * Scores a labelled corpus (the format of src/test/resources/evaluation-corpus) through the server's own automatic
 * triage, story placement, claim extraction and linking, in the arrival order and in seeded shuffles, and compares
 * the worst figure of each feature with its threshold.
 *
 * <p>Thresholds come from {@code thresholds.properties} in the corpus folder when it has one, otherwise from
 * {@code /evaluation/thresholds.properties} on the classpath. Run with {@code ./mvnw -Pscore -Dexec.args=FOLDER};
 * it fails (non-zero exit) when a figure is below its threshold.
 */
public final class CorpusScore {

    static final long[] SHUFFLE_SEEDS = {11, 23, 47};
    static final Path OWN_CORPUS = Path.of("src/test/resources/evaluation-corpus");

    /** The targets, printed beside the thresholds. */
    static final Map<String, Double> TARGETS = targets();
    /** Figures that count errors: they pass when at most their threshold. */
    static final Set<String> AT_MOST = Set.of("contradictions.on-update-or-scope",
            "claims.phrases-removed-from-text");

    private CorpusScore() {
    }

    /** The figures of every order, and the thresholds the worst of them missed. */
    public record Result(List<String> orders, List<Scorecard> cards, Map<String, Double> thresholds,
                         List<String> failures) {
    }

    public static void main(String[] args) {
        Path folder = args.length > 0 && !args[0].isBlank() ? Path.of(args[0]) : OWN_CORPUS;
        StandalonePersistence.quietLogging();
        Result result = score(folder, System.out);
        if (!result.failures().isEmpty()) {
            throw new IllegalStateException("Below threshold on " + folder + ": " + result.failures());
        }
    }

    public static Result score(Path folder, PrintStream out) {
        LabelledCorpus corpus = LabelledCorpus.read(folder);
        Map<String, Double> thresholds = thresholds(folder);
        List<String> orders = new ArrayList<>();
        List<Scorecard> cards = new ArrayList<>();
        Map<String, List<LabelledCorpus.Article>> arrivals = new LinkedHashMap<>();
        arrivals.put("arrival", corpus.articles());
        for (long seed : SHUFFLE_SEEDS) {
            List<LabelledCorpus.Article> shuffled = new ArrayList<>(corpus.articles());
            Collections.shuffle(shuffled, new Random(seed));
            arrivals.put("shuffle " + seed, shuffled);
        }
        for (Map.Entry<String, List<LabelledCorpus.Article>> order : arrivals.entrySet()) {
            try (Newsroom newsroom = new Newsroom()) {
                orders.add(order.getKey());
                cards.add(Scorecard.of(corpus, newsroom.run(order.getValue())));
            }
        }
        List<String> failures = new ArrayList<>();
        out.printf(Locale.ROOT, "%s: %d articles, %d stories, %d facts%n", folder, corpus.articles().size(),
                corpus.articles().stream().map(LabelledCorpus.Article::story).distinct().count(),
                corpus.facts().size());
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-36s", "figure"));
        orders.forEach(order -> header.append(String.format(Locale.ROOT, "%11s", order)));
        header.append(String.format(Locale.ROOT, "%9s%11s%9s", "worst", "threshold", "target"));
        out.println(header);
        for (String figure : cards.get(0).figures().keySet()) {
            boolean atMost = AT_MOST.contains(figure);
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-36s", figure));
            double worst = Double.NaN;
            for (Scorecard card : cards) {
                double value = card.figures().getOrDefault(figure, Double.NaN);
                row.append(String.format(Locale.ROOT, "%11s", format(value)));
                if (!Double.isNaN(value)) {
                    worst = Double.isNaN(worst) ? value : atMost ? Math.max(worst, value) : Math.min(worst, value);
                }
            }
            Double threshold = thresholds.get(figure);
            boolean failed = threshold != null && !Double.isNaN(worst)
                    && (atMost ? worst > threshold : worst < threshold - 1e-9);
            if (failed) {
                failures.add(figure + " " + format(worst) + (atMost ? " > " : " < ") + format(threshold));
            }
            row.append(String.format(Locale.ROOT, "%9s%11s%9s%s", format(worst),
                    threshold == null ? "-" : (atMost ? "<=" : ">=") + format(threshold),
                    TARGETS.containsKey(figure) ? format(TARGETS.get(figure)) : "-", failed ? "  BELOW" : ""));
            out.println(row);
        }
        out.println();
        out.println("Misses in arrival order:");
        cards.get(0).misses().forEach(miss -> out.println("  " + miss));
        Set<String> seen = new LinkedHashSet<>(cards.get(0).misses());
        for (int i = 1; i < cards.size(); i++) {
            List<String> more = cards.get(i).misses().stream().filter(miss -> !seen.contains(miss)).toList();
            if (!more.isEmpty()) {
                out.println("Misses only in " + orders.get(i) + ":");
                more.forEach(miss -> out.println("  " + miss));
            }
        }
        out.println(failures.isEmpty() ? "All figures at or above their thresholds."
                : "BELOW THRESHOLD: " + String.join("; ", failures));
        return new Result(orders, cards, thresholds, failures);
    }

    static Map<String, Double> thresholds(Path folder) {
        Properties properties = new Properties();
        Path own = folder.resolve("thresholds.properties");
        try (InputStream in = Files.exists(own) ? Files.newInputStream(own)
                : CorpusScore.class.getResourceAsStream("/evaluation/thresholds.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Double> thresholds = new LinkedHashMap<>();
        properties.stringPropertyNames().forEach(name -> thresholds.put(name,
                Double.parseDouble(properties.getProperty(name).trim())));
        return thresholds;
    }

    private static Map<String, Double> targets() {
        Map<String, Double> targets = new LinkedHashMap<>();
        for (String feature : List.of("furniture", "injections", "splices")) {
            targets.put(feature + ".precision", 0.95);
            targets.put(feature + ".recall", 0.95);
        }
        targets.put("near-duplicates.precision", 1.0);
        targets.put("near-duplicates.recall", 1.0);
        targets.put("language.accuracy", 1.0);
        targets.put("stories.purity", 0.95);
        targets.put("stories.completeness", 0.95);
        targets.put("claims.recall", 0.90);
        targets.put("claims.phrases-removed-from-text", 0.0);
        targets.put("contradictions.precision", 0.90);
        targets.put("contradictions.recall", 0.90);
        targets.put("contradictions.on-update-or-scope", 0.0);
        return targets;
    }

    private static String format(double value) {
        return Double.isNaN(value) ? "n/a" : value == Math.rint(value) && value > 1
                ? String.format(Locale.ROOT, "%.0f", value) : String.format(Locale.ROOT, "%.2f", value);
    }
}
