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
 * The two ways the reliability tests compare verdicts.
 *
 * <p><b>Exact</b>: the verdicts as whole values — kind, event key, event id and label, attribute, the new claim, the
 * earlier claims in order, the explanation and detectedAt — counted as a multiset, so that one missing or one twice
 * shows. This holds whenever claims about an event reach its store in the order `analyze` gives them, which one
 * partition of `articles` guarantees, crashes and restarts included.
 *
 * <p><b>Pairs</b>: with several partitions of `articles`, claims about one event can reach its store in another
 * order, and a verdict names as "the claim" whichever arrived last. What does not depend on order is which two
 * statements were found to agree or to contradict each other: the unordered pair of (article, value) sides, with
 * the verdict kind, event key and attribute. Each verdict with n earlier claims gives n pairs.
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
