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
 * shows. This holds whenever claims about an event are judged in the order `analyze` gives them: one partition of
 * `articles` guarantees it, crashes and restarts included, and so does PublicationOrder with several partitions.
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

    /** The verdicts under event keys whose claims come from articles in more than one partition of `articles`. */
    static List<Verdict> underKeysFedFromSeveralPartitions(Collection<Verdict> verdicts, Collection<io.claimstream.claim.Claim> claims,
                                                           int partitions) {
        Map<String, Set<Integer>> sources = new HashMap<>();
        for (io.claimstream.claim.Claim c : claims) {
            sources.computeIfAbsent(c.eventKey(), k -> new TreeSet<>()).add(inputPartition(c.articleId(), partitions));
        }
        return verdicts.stream().filter(v -> sources.getOrDefault(v.eventKey(), Set.of()).size() > 1).toList();
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
}
