package io.claimstream.identity;

import java.util.Comparator;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The names the reports of an event mention, as a weighted vector: who and where the story is about. Two events
 * of one kind under one key — two arrests in one country, two quakes — are reported with different names; two
 * reports of one event share most of theirs. Kept to the {@link #KEPT} heaviest names, so it stays small.
 */
public final class StoryNames {
    static final int KEPT = 40;
    static final StoryNames NONE = new StoryNames(Map.of());

    private final SortedMap<String, Double> weights;

    private StoryNames(Map<String, Double> weights) {
        this.weights = Collections.unmodifiableSortedMap(new TreeMap<>(weights));
    }

    /** One article's names, from how often it mentions each: 1 + log(count), scaled to length one. */
    public static StoryNames ofArticle(Map<String, Integer> counts) {
        Map<String, Double> w = new TreeMap<>();
        counts.forEach((name, n) -> w.put(name, 1 + Math.log(n)));
        return new StoryNames(top(normalized(w)));
    }

    /** Weights as kept in state (see {@link #weights()}). */
    public static StoryNames of(Map<String, Double> weights) {
        return weights == null || weights.isEmpty() ? NONE : new StoryNames(weights);
    }

    public Map<String, Double> weights() {
        return weights;
    }

    public boolean isEmpty() {
        return weights.isEmpty();
    }

    /** Cosine similarity: 1 for the same names in the same proportions, 0 for none in common. */
    public double similarity(StoryNames other) {
        if (isEmpty() || other.isEmpty()) return 0;
        double dot = 0;
        for (Map.Entry<String, Double> e : weights.entrySet()) {
            Double w = other.weights.get(e.getKey());
            if (w != null) dot += e.getValue() * w;
        }
        return dot / (length() * other.length());
    }

    /** The names of both, weights added: an event's names are the sum of its reports'. */
    public StoryNames plus(StoryNames other) {
        if (isEmpty()) return other;
        if (other.isEmpty()) return this;
        Map<String, Double> sum = new TreeMap<>(weights);
        other.weights.forEach((name, w) -> sum.merge(name, w, Double::sum));
        return new StoryNames(top(sum));
    }

    private double length() {
        double norm = 0;
        for (double w : weights.values()) norm += w * w;
        return Math.sqrt(norm);
    }

    private static Map<String, Double> normalized(Map<String, Double> w) {
        double sum = 0;
        for (double x : w.values()) sum += x * x;
        double norm = Math.sqrt(sum);
        if (norm > 0) w.replaceAll((name, x) -> x / norm);
        return w;
    }

    private static Map<String, Double> top(Map<String, Double> w) {
        if (w.size() <= KEPT) return w;
        Map<String, Double> kept = new TreeMap<>();
        w.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey())).limit(KEPT).forEach(e -> kept.put(e.getKey(), e.getValue()));
        return kept;
    }
}
