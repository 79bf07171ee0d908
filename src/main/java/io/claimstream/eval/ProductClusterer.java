package io.claimstream.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The product's notion of event identity carried over to ECB+. In the topology, claims meet under a coarse key and
 * are then told apart by their reporting context (reports of one event come out together). ECB+ has no publication
 * times, and each topic holds two events of the same kind reported by different documents (two earthquakes, two
 * arrests), so the reporting context here is the story a document belongs to: documents are grouped by the names
 * they mention ({@link DocumentClustering}), and within a group mentions with the same head lemma are one event.
 *
 * <p>Tuned on topics 1-35 only (README, "Evaluation"): the grouping threshold, and the names-only vectors. Vetoes
 * from the product's extraction (different parties in the event key, countries or dated years of the mention's
 * sentence that cannot be the same) were tried there and each lowered CoNLL F1, so they are not used.
 */
final class ProductClusterer implements Clusterer {
    /** Average-link cosine similarity above which two groups of documents report one story; tuned on topics 1-35. */
    static final double STORY_THRESHOLD = 0.04;

    private final Map<String, AnalyzedDocument> documents;
    private final DocumentClustering stories = new DocumentClustering(STORY_THRESHOLD);

    ProductClusterer(Map<String, AnalyzedDocument> documents) {
        this.documents = documents;
    }

    @Override
    public String name() {
        return "product";
    }

    @Override
    public List<Set<String>> cluster(List<GoldMention> mentions) {
        Map<String, Integer> story = stories.groups(mentions.stream().map(GoldMention::document).distinct().map(documents::get).toList());
        Map<String, Set<String>> events = new LinkedHashMap<>();
        for (GoldMention m : mentions) {
            events.computeIfAbsent(story.get(m.document()) + " " + HeadLemma.of(m.text()), k -> new LinkedHashSet<>()).add(m.id());
        }
        return new ArrayList<>(events.values());
    }
}
