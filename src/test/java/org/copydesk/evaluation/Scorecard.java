package org.copydesk.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.copydesk.factcheck.entity.ArticleClaim;
import org.copydesk.factcheck.entity.CalendarDate;
import org.copydesk.factcheck.entity.ClaimLink;
import org.copydesk.factcheck.entity.ClaimValue;
import org.copydesk.factcheck.entity.Label;
import org.copydesk.factcheck.entity.Quantity;
import org.copydesk.factcheck.entity.Quotation;
import org.copydesk.factcheck.entity.Verdict;
import org.copydesk.triage.entity.ArticleFinding;
import org.copydesk.triage.entity.FindingKind;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * One run scored against the answer key: each figure by name, and the misses behind it by article and fact.
 */
final class Scorecard {

    static final Set<FindingKind> FURNITURE = EnumSet.of(FindingKind.BOILERPLATE, FindingKind.REPEATED_TITLE,
            FindingKind.IMAGE_PLACEHOLDER, FindingKind.COUNTER, FindingKind.CODE_FENCE, FindingKind.NOTICE);
    static final Set<FindingKind> SPLICES = EnumSet.of(FindingKind.SPLICE, FindingKind.PROMO,
            FindingKind.MIXED_LANGUAGE);
    static final Set<FindingKind> INJECTIONS = EnumSet.of(FindingKind.INJECTED_INSTRUCTION);

    private final Map<String, Double> figures = new LinkedHashMap<>();
    private final List<String> misses = new ArrayList<>();

    Map<String, Double> figures() {
        return figures;
    }

    List<String> misses() {
        return misses;
    }

    static Scorecard of(LabelledCorpus corpus, Newsroom.Run run) {
        Scorecard card = new Scorecard();
        card.removals(run, "furniture", LabelledCorpus.Article::furniture, FURNITURE);
        card.removals(run, "injections", LabelledCorpus.Article::injections, INJECTIONS);
        card.removals(run, "splices", LabelledCorpus.Article::splices, SPLICES);
        card.repeatedBodies(run);
        card.nearDuplicates(run);
        card.languages(run);
        card.stories(run);
        card.claims(corpus, run);
        card.contradictions(corpus, run);
        return card;
    }

    /** Labelled strings gone from the working text (recall), and removals that hit a labelled string (precision). */
    private void removals(Newsroom.Run run, String feature,
                          java.util.function.Function<LabelledCorpus.Article, List<String>> labels,
                          Set<FindingKind> kinds) {
        int labelled = 0;
        int removed = 0;
        int removals = 0;
        int rightRemovals = 0;
        for (Newsroom.Outcome outcome : run.outcomes()) {
            String body = outcome.labelled().html() ? Jsoup.parse(outcome.original()).body().text()
                    : outcome.original();
            String headline = headline(outcome);
            for (String label : labels.apply(outcome.labelled())) {
                int kept = label.strip().equals(headline) ? 1 : 0;
                int expected = Math.max(0, Spans.count(body, label) - kept);
                int left = Math.max(0, Spans.count(outcome.workingText(), label) - kept);
                int gone = Math.max(0, expected - left);
                labelled += expected;
                removed += Math.min(gone, expected);
                if (gone < expected) {
                    misses.add(feature + " kept: " + outcome.labelled().name() + " \"" + shorten(label) + "\"");
                }
            }
            List<Spans.Span> removable = removableSpans(outcome.labelled(), outcome.original());
            for (ArticleFinding finding : outcome.findings()) {
                if (!finding.isRemoved() || !kinds.contains(finding.getKind())) {
                    continue;
                }
                removals++;
                if (removable.stream().anyMatch(span -> span.overlaps(finding.getStart(), finding.getEnd())
                        && (span.end() - span.start() > 0))) {
                    rightRemovals++;
                } else {
                    misses.add(feature + " wrongly removed (" + finding.getKind() + "): " + outcome.labelled().name()
                            + " \"" + shorten(outcome.original().substring(finding.getStart(), finding.getEnd()))
                            + "\"");
                }
            }
        }
        rates(feature, rightRemovals, removals, removed, labelled);
    }

    /**
     * Everything the key says may go: all labelled strings and, in a page, all that stands outside the element
     * holding the article.
     */
    private static List<Spans.Span> removableSpans(LabelledCorpus.Article article, String original) {
        List<Spans.Span> spans = new ArrayList<>();
        if (article.html()) {
            Element body = Jsoup.parse(original, "", Parser.htmlParser().setTrackPosition(true))
                    .selectFirst("article, div.content");
            if (body != null) {
                spans.add(new Spans.Span(0, body.sourceRange().startPos()));
                spans.add(new Spans.Span(body.endSourceRange().endPos(), original.length()));
            }
        }
        List<String> all = new ArrayList<>(article.furniture());
        all.addAll(article.injections());
        all.addAll(article.splices());
        all.forEach(label -> spans.addAll(Spans.find(original, label)));
        return spans;
    }

    private void repeatedBodies(Newsroom.Run run) {
        int truePositives = 0;
        int predicted = 0;
        int actual = 0;
        for (Newsroom.Outcome outcome : run.outcomes()) {
            boolean found = outcome.findings().stream().anyMatch(f -> f.getKind() == FindingKind.REPEATED_BODY);
            boolean labelled = outcome.labelled().repeatedBody();
            predicted += found ? 1 : 0;
            actual += labelled ? 1 : 0;
            truePositives += found && labelled ? 1 : 0;
            if (found != labelled) {
                misses.add("repeated body " + (found ? "wrongly reported: " : "missed: ") + outcome.labelled().name());
            }
        }
        rates("repeated-body", truePositives, predicted, truePositives, actual);
    }

    private void nearDuplicates(Newsroom.Run run) {
        Map<UUID, String> names = names(run);
        Set<Set<String>> labelled = new HashSet<>();
        for (Newsroom.Outcome outcome : run.outcomes()) {
            String of = outcome.labelled().nearDuplicateOf();
            if (of != null) {
                labelled.add(Set.of(outcome.labelled().name(), outcome.labelled().story() + "/" + of));
            }
        }
        Set<Set<String>> found = new HashSet<>();
        for (Newsroom.Outcome outcome : run.outcomes()) {
            for (ArticleFinding finding : outcome.findings()) {
                if ((finding.getKind() == FindingKind.NEAR_DUPLICATE || finding.getKind() == FindingKind.DUPLICATE)
                        && finding.getRelatedArticleId() != null) {
                    found.add(Set.of(outcome.labelled().name(), names.get(finding.getRelatedArticleId())));
                }
            }
        }
        int right = (int) found.stream().filter(labelled::contains).count();
        labelled.stream().filter(pair -> !found.contains(pair)).forEach(pair -> misses.add("near-duplicate missed: "
                + String.join(" ~ ", pair.stream().sorted().toList())));
        found.stream().filter(pair -> !labelled.contains(pair)).forEach(pair -> misses.add(
                "near-duplicate wrongly reported: " + String.join(" ~ ", pair.stream().sorted().toList())));
        rates("near-duplicates", right, found.size(), right, labelled.size());
    }

    private void languages(Newsroom.Run run) {
        int right = 0;
        for (Newsroom.Outcome outcome : run.outcomes()) {
            String expected = outcome.labelled().language();
            if (outcome.language() != null && outcome.language().toLowerCase(Locale.ROOT).startsWith(expected)) {
                right++;
            } else {
                misses.add("language: " + outcome.labelled().name() + " read as " + outcome.language()
                        + ", is " + expected);
            }
        }
        figures.put("language.accuracy", ratio(right, run.outcomes().size()));
    }

    /** Pairwise: purity over the pairs put together, completeness over the pairs that belong together. */
    private void stories(Newsroom.Run run) {
        List<Newsroom.Outcome> outcomes = run.outcomes();
        int together = 0;
        int rightlyTogether = 0;
        int belong = 0;
        for (int i = 0; i < outcomes.size(); i++) {
            for (int j = i + 1; j < outcomes.size(); j++) {
                Newsroom.Outcome a = outcomes.get(i);
                Newsroom.Outcome b = outcomes.get(j);
                boolean same = a.labelled().story().equals(b.labelled().story());
                boolean placed = a.storyId() != null && a.storyId().equals(b.storyId());
                together += placed ? 1 : 0;
                belong += same ? 1 : 0;
                rightlyTogether += placed && same ? 1 : 0;
                if (placed != same) {
                    misses.add("story " + (placed ? "merged: " : "split: ") + String.join(" / ",
                            Stream.of(a.labelled().name(), b.labelled().name()).sorted().toList()));
                }
            }
        }
        figures.put("stories.purity", ratio(rightlyTogether, together));
        figures.put("stories.completeness", ratio(rightlyTogether, belong));
    }

    /** A fact's phrase counts when an extracted claim with the right value overlaps it. */
    private void claims(LabelledCorpus corpus, Newsroom.Run run) {
        Map<String, Newsroom.Outcome> byName = byName(run);
        int statements = 0;
        int extracted = 0;
        int removed = 0;
        for (LabelledCorpus.Fact fact : corpus.facts()) {
            for (LabelledCorpus.Statement statement : fact.statements().values()) {
                Newsroom.Outcome outcome = byName.get(fact.story() + "/" + statement.file());
                if (outcome == null) {
                    continue;
                }
                statements++;
                List<Spans.Span> spans = Spans.find(outcome.workingText(), statement.text());
                List<ArticleClaim> over = overlapping(outcome.claims(), spans);
                if (over.stream().anyMatch(claim -> sameValue(fact.kind(), statement, claim))) {
                    extracted++;
                    continue;
                }
                boolean gone = spans.isEmpty() && !Spans.find(outcome.original(), statement.text()).isEmpty();
                removed += gone ? 1 : 0;
                String why = spans.isEmpty()
                        ? (Spans.find(outcome.original(), statement.text()).isEmpty() ? "phrase not found"
                        : "phrase removed from the working text")
                        : over.isEmpty() ? "no claim" : "read as " + over.stream()
                        .map(claim -> claim.getKind() + " " + display(claim.toClaim().value())).toList();
                misses.add("claim missed: " + fact.name() + " " + statement.file() + " \"" + shorten(statement.text())
                        + "\" = " + statement.value() + ": " + why);
            }
        }
        figures.put("claims.recall", ratio(extracted, statements));
        figures.put("claims.phrases-removed-from-text", (double) removed);
    }

    /**
     * Contradicting pairs of statements found as a contradiction link between claims on their phrases; every
     * contradiction link that is not such a pair is a false alarm, and one on an update or a difference of scope
     * is counted apart as well.
     */
    private void contradictions(LabelledCorpus corpus, Newsroom.Run run) {
        Map<String, Newsroom.Outcome> byName = byName(run);
        Map<UUID, ArticleClaim> claims = new HashMap<>();
        Map<UUID, String> articleOfClaim = new HashMap<>();
        for (Newsroom.Outcome outcome : run.outcomes()) {
            for (ArticleClaim claim : outcome.claims()) {
                claims.put(claim.getId(), claim);
                articleOfClaim.put(claim.getId(), outcome.labelled().name());
            }
        }
        Set<Set<UUID>> alarms = new HashSet<>();
        for (ClaimLink link : run.links()) {
            if (link.getVerdict() == Verdict.CONTRADICT) {
                alarms.add(Set.of(link.getClaimId(), link.getOtherClaimId()));
            }
        }
        // the claims on each statement's phrase
        Map<String, Set<UUID>> onPhrase = new HashMap<>();
        for (LabelledCorpus.Fact fact : corpus.facts()) {
            for (LabelledCorpus.Statement statement : fact.statements().values()) {
                Newsroom.Outcome outcome = byName.get(fact.story() + "/" + statement.file());
                if (outcome != null) {
                    Set<UUID> ids = new HashSet<>();
                    overlapping(outcome.claims(), Spans.find(outcome.workingText(), statement.text()))
                            .forEach(claim -> ids.add(claim.getId()));
                    // the same fact stated again elsewhere in the article (a headline, a summary) is that fact too
                    outcome.claims().stream().filter(claim -> claim.getKind().name().equals(fact.kind())
                            && sameValue(fact.kind(), statement, claim)).forEach(claim -> ids.add(claim.getId()));
                    onPhrase.put(fact.name() + "|" + statement.file(), ids);
                }
            }
        }
        int contradicting = 0;
        int found = 0;
        Set<Set<UUID>> explained = new HashSet<>();
        int scopeFlagged = 0;
        for (LabelledCorpus.Fact fact : corpus.facts()) {
            List<LabelledCorpus.Statement> said = fact.statements().values().stream()
                    .filter(s -> byName.containsKey(fact.story() + "/" + s.file())).toList();
            for (int i = 0; i < said.size(); i++) {
                for (int j = i + 1; j < said.size(); j++) {
                    LabelledCorpus.Statement a = said.get(i);
                    LabelledCorpus.Statement b = said.get(j);
                    boolean differ = !sameLabelledValue(fact.kind(), a, b);
                    Set<Set<UUID>> linked = new HashSet<>();
                    for (UUID x : onPhrase.get(fact.name() + "|" + a.file())) {
                        for (UUID y : onPhrase.get(fact.name() + "|" + b.file())) {
                            if (alarms.contains(Set.of(x, y))) {
                                linked.add(Set.of(x, y));
                            }
                        }
                    }
                    String pair = fact.name() + " " + a.file() + " \"" + shorten(a.text()) + "\" / " + b.file()
                            + " \"" + shorten(b.text()) + "\"";
                    if ("contradict".equals(fact.verdict()) && differ) {
                        contradicting++;
                        if (linked.isEmpty()) {
                            misses.add("contradiction missed: " + pair);
                        } else {
                            found++;
                            explained.addAll(linked);
                        }
                    } else if (!linked.isEmpty()) {
                        boolean scope = differ && !"contradict".equals(fact.verdict());
                        scopeFlagged += scope ? 1 : 0;
                        misses.add((scope ? "contradiction reported on " + fact.verdict() + ": "
                                : "contradiction reported on agreeing pair: ") + pair);
                    }
                }
            }
        }
        for (Set<UUID> alarm : alarms) {
            if (!explained.contains(alarm)) {
                List<UUID> pair = List.copyOf(alarm);
                if (pair.size() == 2 && !labelledAlarm(pair, onPhrase)) {
                    misses.add("contradiction reported on unlabelled claims: " + articleOfClaim.get(pair.get(0))
                            + " " + claimText(claims.get(pair.get(0))) + " / " + articleOfClaim.get(pair.get(1))
                            + " " + claimText(claims.get(pair.get(1))));
                }
            }
        }
        int right = (int) alarms.stream().filter(explained::contains).count();
        rates("contradictions", right, alarms.size(), found, contradicting);
        figures.put("contradictions.on-update-or-scope", (double) scopeFlagged);
    }

    private static boolean labelledAlarm(List<UUID> pair, Map<String, Set<UUID>> onPhrase) {
        return onPhrase.values().stream().anyMatch(ids -> ids.contains(pair.get(0)))
                && onPhrase.values().stream().anyMatch(ids -> ids.contains(pair.get(1)));
    }

    private static String claimText(ArticleClaim claim) {
        return claim == null ? "?" : claim.getKind() + " " + display(claim.toClaim().value()) + " in \""
                + shorten(claim.getSentence()) + "\"";
    }

    private static List<ArticleClaim> overlapping(List<ArticleClaim> claims, List<Spans.Span> spans) {
        return claims.stream().filter(claim -> spans.stream()
                .anyMatch(span -> span.overlaps(claim.getPhraseStart(), claim.getPhraseEnd()))).toList();
    }

    /** Whether the claim's value is the one the key gives for the statement. */
    static boolean sameValue(String kind, LabelledCorpus.Statement statement, ArticleClaim claim) {
        ClaimValue value = claim.toClaim().value();
        JsonNode expected = statement.value();
        if (value instanceof Quantity quantity) {
            return expected.isNumber() && sameNumber(kind, statement, quantity);
        }
        if (value instanceof CalendarDate date) {
            return "YEAR".equals(kind) ? expected.asInt() == date.year() && date.month() == 0
                    : expected.asText().equals(date.iso());
        }
        if (value instanceof Label label) {
            String canonical = label.canonical().toLowerCase(Locale.ROOT);
            String wanted = expected.asText().toLowerCase(Locale.ROOT);
            return canonical.equals(wanted) || "AWARD".equals(kind) && wanted.startsWith(canonical);
        }
        return value instanceof Quotation quotation && sameSpeaker(quotation.speaker(), expected.asText());
    }

    private static boolean sameNumber(String kind, LabelledCorpus.Statement statement, Quantity quantity) {
        double number = quantity.number().doubleValue();
        if ("DURATION".equals(kind)) {
            number = hours(number, quantity.unit());
        }
        if ("AMOUNT".equals(kind) && statement.unit() != null && !statement.unit().equals(quantity.unit())) {
            return false;
        }
        double expected = statement.value().asDouble();
        return Math.abs(number - expected) <= Math.max(1e-3, Math.abs(expected) * 0.005);
    }

    private static double hours(double number, String unit) {
        return switch (unit == null ? "" : unit) {
            case "minutes" -> number / 60;
            case "days" -> number * 24;
            case "weeks" -> number * 24 * 7;
            case "seconds" -> number / 3600;
            default -> number;
        };
    }

    private static boolean sameSpeaker(String speaker, String expected) {
        if (speaker == null) {
            return false;
        }
        String[] words = expected.toLowerCase(Locale.ROOT).split("\\s+");
        return speaker.toLowerCase(Locale.ROOT).contains(words[words.length - 1]);
    }

    private static boolean sameLabelledValue(String kind, LabelledCorpus.Statement a, LabelledCorpus.Statement b) {
        if (a.value().isNumber() && b.value().isNumber()) {
            boolean sameNumber = a.value().decimalValue().compareTo(b.value().decimalValue()) == 0;
            return sameNumber && (!"AMOUNT".equals(kind) || Objects.equals(a.unit(), b.unit()));
        }
        return a.value().asText().equalsIgnoreCase(b.value().asText());
    }

    private static String display(ClaimValue value) {
        if (value instanceof Quantity q) {
            return q.number().stripTrailingZeros().toPlainString() + " " + q.unit();
        }
        if (value instanceof CalendarDate d) {
            return d.iso();
        }
        return value instanceof Label l ? l.canonical() : "said by " + ((Quotation) value).speaker();
    }

    private void rates(String feature, int rightFound, int found, int labelledFound, int labelled) {
        double precision = ratio(rightFound, found);
        double recall = ratio(labelledFound, labelled);
        figures.put(feature + ".precision", precision);
        figures.put(feature + ".recall", recall);
        figures.put(feature + ".f1", Double.isNaN(precision) || Double.isNaN(recall) ? Double.NaN
                : precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall));
    }

    /** NaN when nothing was there to count, so an empty category neither passes nor fails a threshold. */
    private static double ratio(int part, int whole) {
        return whole == 0 ? Double.NaN : (double) part / whole;
    }

    private static String headline(Newsroom.Outcome outcome) {
        String original = outcome.original();
        if (outcome.labelled().html()) {
            return Jsoup.parse(original).title().strip();
        }
        int end = original.indexOf('\n');
        return (end < 0 ? original : original.substring(0, end)).strip();
    }

    private static Map<String, Newsroom.Outcome> byName(Newsroom.Run run) {
        Map<String, Newsroom.Outcome> byName = new HashMap<>();
        run.outcomes().forEach(outcome -> byName.put(outcome.labelled().name(), outcome));
        return byName;
    }

    private static Map<UUID, String> names(Newsroom.Run run) {
        Map<UUID, String> names = new HashMap<>();
        run.outcomes().forEach(outcome -> names.put(outcome.id(), outcome.labelled().name()));
        return names;
    }

    static String shorten(String text) {
        String one = Spans.fold(text).strip();
        return one.length() <= 90 ? one : one.substring(0, 87) + "...";
    }
}
