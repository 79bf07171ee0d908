package io.claimstream.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups documents that report the same event: tf-idf vectors of the names they mention, cosine similarity, and average-link
 * agglomerative clustering that stops when no two groups are more similar than the threshold. The idf is taken
 * over the documents being grouped.
 */
final class DocumentClustering {
    private final double threshold;

    DocumentClustering(double threshold) {
        this.threshold = threshold;
    }

    /** Document name → the index of its group. */
    Map<String, Integer> groups(List<AnalyzedDocument> documents) {
        int n = documents.size();
        Map<String, Integer> documentFrequency = new HashMap<>();
        for (AnalyzedDocument d : documents) for (String t : d.names().keySet()) documentFrequency.merge(t, 1, Integer::sum);
        List<Map<String, Double>> vectors = new ArrayList<>();
        for (AnalyzedDocument d : documents) {
            Map<String, Double> v = new HashMap<>();
            double norm = 0;
            for (Map.Entry<String, Integer> t : d.names().entrySet()) {
                double w = (1 + Math.log(t.getValue())) * Math.log((double) (n + 1) / documentFrequency.get(t.getKey()));
                v.put(t.getKey(), w);
                norm += w * w;
            }
            double length = Math.sqrt(norm);
            if (length > 0) v.replaceAll((t, w) -> w / length);
            vectors.add(v);
        }
        // similarity[i][j] is the average similarity between groups i and j while both are alive
        double[][] similarity = new double[n][n];
        for (int i = 0; i < n; i++) for (int j = i + 1; j < n; j++) similarity[i][j] = similarity[j][i] = cosine(vectors.get(i), vectors.get(j));
        int[] size = new int[n], groupOf = new int[n];
        boolean[] alive = new boolean[n];
        for (int i = 0; i < n; i++) {
            size[i] = 1;
            groupOf[i] = i;
            alive[i] = true;
        }
        while (true) {
            int a = -1, b = -1;
            double best = threshold;
            for (int i = 0; i < n; i++) {
                if (!alive[i]) continue;
                for (int j = i + 1; j < n; j++) {
                    if (alive[j] && similarity[i][j] > best) {
                        best = similarity[i][j];
                        a = i;
                        b = j;
                    }
                }
            }
            if (a < 0) break;
            for (int k = 0; k < n; k++) {
                if (!alive[k] || k == a || k == b) continue;
                double merged = (similarity[a][k] * size[a] + similarity[b][k] * size[b]) / (size[a] + size[b]);
                similarity[a][k] = similarity[k][a] = merged;
            }
            size[a] += size[b];
            alive[b] = false;
            for (int x = 0; x < n; x++) if (groupOf[x] == b) groupOf[x] = a;
        }
        Map<String, Integer> groups = new HashMap<>();
        for (int i = 0; i < n; i++) groups.put(documents.get(i).name(), groupOf[i]);
        return groups;
    }

    private static double cosine(Map<String, Double> a, Map<String, Double> b) {
        if (a.size() > b.size()) return cosine(b, a);
        double dot = 0;
        for (Map.Entry<String, Double> e : a.entrySet()) {
            Double w = b.get(e.getKey());
            if (w != null) dot += e.getValue() * w;
        }
        return dot;
    }
}
