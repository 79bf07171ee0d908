package io.claimstream.stream;

import io.claimstream.verdict.Verdict;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * How the reliability tests compare verdicts.
 *
 * <p><b>Exact</b>: the verdicts as whole values — kind, event key, event id and label, attribute, the new claim, the
 * earlier claims in order, the explanation and detectedAt — counted as a multiset, so that one missing or one twice
 * shows. This holds whenever claims about an event reach its store in the order `analyze` gives them, which one
 * partition of `articles` guarantees, crashes and restarts included.
 *
 * <p><b>By input partition</b>: with several partitions of `articles`, each partition's articles are extracted by
 * their own task, and claims about one event key from articles in different partitions reach the key's store in an
 * order that depends on how those tasks interleave. The verdicts under such a key can then differ from analyze's: a
 * verdict names as "the claim" whichever arrived last, and which event a claim joins depends on the reports already
 * there. Claims about a key whose articles all lie in one partition arrive in publication order, as in analyze, so
 * their verdicts must be exactly analyze's. {@link #splitByInputPartitions} separates the two.
 *
 * <p><b>Pairs</b>: which two statements were found to agree or to contradict each other: the unordered pair of
 * (article, value) sides, with the verdict kind, event key and attribute. Each verdict with n earlier claims gives
 * n pairs. Reported for the keys fed from several partitions, to show how far order moved the outcome.
 */
final class VerdictSets {
    private VerdictSets() {
    }

    /** Each distinct verdict with how often it occurs. */
    static Map<Verdict, Integer> exact(Collection<Verdict> verdicts) {
        Map<Verdict, Integer> counts = new HashMap<>();
        verdicts.forEach(v -> counts.merge(v, 1, Integer::sum));
        return counts;
    }

    /** Verdicts of event keys whose claims all come from articles in one partition of `articles` (true), and the others (false). */
    static Map<Boolean, List<Verdict>> splitByInputPartitions(Collection<Verdict> verdicts, Collection<io.claimstream.claim.Claim> claims,
                                                              int partitions) {
        Map<String, Set<Integer>> sources = new HashMap<>();
        for (io.claimstream.claim.Claim c : claims) {
            sources.computeIfAbsent(c.eventKey(), k -> new TreeSet<>()).add(inputPartition(c.articleId(), partitions));
        }
        Map<Boolean, List<Verdict>> split = new HashMap<>(Map.of(true, new ArrayList<>(), false, new ArrayList<>()));
        verdicts.forEach(v -> split.get(sources.getOrDefault(v.eventKey(), Set.of()).size() <= 1).add(v));
        return split;
    }

    /** The partition the producer's default partitioner gives an article id (murmur2 of the key's bytes). */
    static int inputPartition(String articleId, int partitions) {
        byte[] key = articleId.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return org.apache.kafka.common.utils.Utils.toPositive(org.apache.kafka.common.utils.Utils.murmur2(key)) % partitions;
    }

    /** How the actual verdicts differ from the expected ones, as a multiset: what is missing, what is extra or repeated. */
    static List<String> differences(Collection<Verdict> expected, Collection<Verdict> actual) {
        Map<Verdict, Integer> want = exact(expected), got = exact(actual);
        List<String> diff = new ArrayList<>();
        want.forEach((v, n) -> {
            int m = got.getOrDefault(v, 0);
            if (m < n) diff.add("missing x" + (n - m) + ": " + v);
        });
        got.forEach((v, m) -> {
            int n = want.getOrDefault(v, 0);
            if (m > n) diff.add((n == 0 ? "extra x" : "repeated x") + (m - n) + ": " + v);
        });
        return diff;
    }

    static Set<String> pairs(Collection<Verdict> verdicts) {
        Set<String> pairs = new TreeSet<>();
        for (Verdict v : verdicts) {
            String mine = side(v.claim());
            for (Verdict.Side other : v.others()) {
                String theirs = side(other);
                String first = mine.compareTo(theirs) <= 0 ? mine : theirs, second = first == mine ? theirs : mine;
                pairs.add(v.verdict() + " " + v.eventKey() + " " + v.attribute() + " {" + first + " | " + second + "}");
            }
        }
        return pairs;
    }

    private static String side(Verdict.Side s) {
        return s.articleId() + "=" + s.value();
    }

    /**
     * Verdicts that occur more than once in the sense that survives any order: one claim judged twice with one kind
     * (the comparator gives a claim at most one AGREEMENT and one CONTRADICTION, when it arrives).
     */
    static List<String> judgedTwice(Collection<Verdict> verdicts) {
        Map<String, Integer> counts = new HashMap<>();
        verdicts.forEach(v -> counts.merge(v.verdict() + " " + v.claim().claimId(), 1, Integer::sum));
        List<String> twice = new ArrayList<>();
        counts.forEach((k, n) -> {
            if (n > 1) twice.add(k + " x" + n);
        });
        return twice;
    }
}
