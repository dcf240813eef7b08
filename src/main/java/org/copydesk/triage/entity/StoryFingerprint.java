package org.copydesk.triage.entity;

import java.util.Map;
import java.util.TreeMap;

/**
 * Language-neutral keys of an article (names, acronyms, years, figures) with their weights, used to
 * group articles about the same event whatever language they are written in.
 * Keys are typed ({@code name:lecun}, {@code acronym:fair}, {@code year:2013}, {@code number:600}).
 */
public record StoryFingerprint(Map<String, Double> keys) {

    /** Articles whose {@link #similarity} reaches this value are the same story. */
    public static final double SAME_STORY_THRESHOLD = 0.35;

    public StoryFingerprint {
        keys = Map.copyOf(new TreeMap<>(keys));
    }

    /**
     * Weighted overlap: the weight both fingerprints share divided by the weight of the smaller one, so a short
     * wire brief can join the long feature about the same event.
     */
    public double similarity(StoryFingerprint other) {
        double shared = 0;
        for (Map.Entry<String, Double> key : keys.entrySet()) {
            Double theirs = other.keys.get(key.getKey());
            if (theirs != null) {
                shared += Math.min(key.getValue(), theirs);
            }
        }
        double smaller = Math.min(totalWeight(), other.totalWeight());
        return smaller == 0 ? 0 : shared / smaller;
    }

    /**
     * Enough weight in common, and at least one name or acronym among it: figures and years support a match but
     * never make one on their own (every second article has a 12 or a 2025 in it).
     */
    public boolean sameStoryAs(StoryFingerprint other) {
        return similarity(other) >= SAME_STORY_THRESHOLD && sharesAName(other);
    }

    private boolean sharesAName(StoryFingerprint other) {
        return keys.keySet().stream().filter(StoryFingerprint::canLink).anyMatch(other.keys::containsKey);
    }

    /** Whether two articles sharing this key can be the same story on that account: names and acronyms can. */
    public static boolean canLink(String key) {
        return !key.startsWith("number:") && !key.startsWith("year:");
    }

    public double totalWeight() {
        return keys.values().stream().mapToDouble(Double::doubleValue).sum();
    }
}
