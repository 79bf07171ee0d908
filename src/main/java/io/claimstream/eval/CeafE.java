package io.claimstream.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The entity-based CEAF metric, CEAF-e (Luo 2005): key and response entities are aligned one to one so that the
 * sum of their φ4 similarities, 2|K∩R| / (|K| + |R|), is largest; recall is that sum over the number of key
 * entities, precision over the number of response entities.
 *
 * <p>Entities that share no mention have similarity 0, so the alignment splits into independent problems, one per
 * group of key and response entities connected by shared mentions; each is solved exactly ({@link Assignment}).
 * On ECB+ the groups are small, where one matrix over all entities would have hundreds of rows.
 */
final class CeafE {
    private CeafE() {
    }

    static <M> Score score(List<Set<M>> key, List<Set<M>> response) {
        double similarity = 0;
        for (List<Integer>[] group : connectedGroups(key, response)) {
            double[][] phi = new double[group[0].size()][group[1].size()];
            for (int i = 0; i < phi.length; i++) {
                for (int j = 0; j < phi[i].length; j++) phi[i][j] = phi4(key.get(group[0].get(i)), response.get(group[1].get(j)));
            }
            similarity += Assignment.maximumWeight(phi);
        }
        return new Score(similarity, response.size(), similarity, key.size());
    }

    static <M> double phi4(Set<M> k, Set<M> r) {
        int common = 0;
        for (M m : k) if (r.contains(m)) common++;
        return 2.0 * common / (k.size() + r.size());
    }

    /** Groups of {key entity indices, response entity indices} linked by shared mentions (union-find over both). */
    @SuppressWarnings("unchecked")
    private static <M> List<List<Integer>[]> connectedGroups(List<Set<M>> key, List<Set<M>> response) {
        int[] parent = new int[key.size() + response.size()];
        for (int i = 0; i < parent.length; i++) parent[i] = i;
        Map<M, Integer> keyEntityOf = new HashMap<>();
        for (int i = 0; i < key.size(); i++) for (M m : key.get(i)) keyEntityOf.put(m, i);
        for (int j = 0; j < response.size(); j++) {
            for (M m : response.get(j)) {
                Integer i = keyEntityOf.get(m);
                if (i != null) parent[find(parent, i)] = find(parent, key.size() + j);
            }
        }
        Map<Integer, List<Integer>[]> groups = new HashMap<>();
        for (int x = 0; x < parent.length; x++) {
            List<Integer>[] group = groups.computeIfAbsent(find(parent, x), r -> new List[] {new ArrayList<Integer>(), new ArrayList<Integer>()});
            if (x < key.size()) group[0].add(x);
            else group[1].add(x - key.size());
        }
        // an entity that shares no mention with the other side adds similarity 0 and needs no alignment
        return groups.values().stream().filter(g -> !g[0].isEmpty() && !g[1].isEmpty()).toList();
    }

    private static int find(int[] parent, int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }
}
