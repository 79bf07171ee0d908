package io.claimstream.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The mention-based B³ metric (Bagga and Baldwin 1998), every mention weighted equally. Recall averages, over key
 * mentions, the share of the mention's key entity that its response entity holds; precision averages, over
 * response mentions, the share of its response entity that its key entity holds. Summed per pair of entities, as
 * the CoNLL reference scorer does: recall = Σ_K Σ_R |K∩R|² / |K| over Σ|K|, so that a mention only one side has
 * counts against that side.
 */
final class BCubed {
    private BCubed() {
    }

    static <M> Score score(List<Set<M>> key, List<Set<M>> response) {
        double[] recall = sums(key, response), precision = sums(response, key);
        return new Score(precision[0], precision[1], recall[0], recall[1]);
    }

    /** {Σ over entities E of {@code gold} and F of {@code other} of |E∩F|² / |E|, number of mentions in {@code gold}}. */
    private static <M> double[] sums(List<Set<M>> gold, List<Set<M>> other) {
        Map<M, Integer> entityOf = new HashMap<>();
        for (int i = 0; i < other.size(); i++) for (M m : other.get(i)) entityOf.put(m, i);
        double sum = 0, mentions = 0;
        for (Set<M> entity : gold) {
            Map<Integer, Integer> overlaps = new HashMap<>();
            for (M m : entity) {
                Integer f = entityOf.get(m);
                if (f != null) overlaps.merge(f, 1, Integer::sum);
            }
            for (int overlap : overlaps.values()) sum += (double) overlap * overlap / entity.size();
            mentions += entity.size();
        }
        return new double[] {sum, mentions};
    }
}
