package io.claimstream.eval;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The link-based MUC metric (Vilain et al. 1995). Recall: for each key entity K, the links it needs (|K| − 1)
 * minus the links the response is missing (the number of pieces the response cuts K into, less one), over all links
 * the key needs. Precision: the same with key and response swapped. A mention the other side lacks is a piece of its
 * own. Singletons need no links, so MUC cannot see them.
 */
final class Muc {
    private Muc() {
    }

    static <M> Score score(List<Set<M>> key, List<Set<M>> response) {
        double[] recall = linkCounts(key, response), precision = linkCounts(response, key);
        return new Score(precision[0], precision[1], recall[0], recall[1]);
    }

    /** {links of {@code gold} that {@code other} keeps, links {@code gold} has}. */
    private static <M> double[] linkCounts(List<Set<M>> gold, List<Set<M>> other) {
        Map<M, Integer> entityOf = new HashMap<>();
        for (int i = 0; i < other.size(); i++) for (M m : other.get(i)) entityOf.put(m, i);
        double kept = 0, needed = 0;
        for (Set<M> entity : gold) {
            Set<Integer> pieces = new HashSet<>();
            int unmatched = 0;
            for (M m : entity) {
                Integer piece = entityOf.get(m);
                if (piece == null) unmatched++;
                else pieces.add(piece);
            }
            kept += entity.size() - (pieces.size() + unmatched);
            needed += entity.size() - 1;
        }
        return new double[] {kept, needed};
    }
}
