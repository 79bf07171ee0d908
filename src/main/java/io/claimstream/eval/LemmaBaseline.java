package io.claimstream.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The same-head-lemma baseline of the event coreference literature: mentions with one head lemma are one event. */
final class LemmaBaseline implements Clusterer {
    @Override
    public String name() {
        return "lemma baseline";
    }

    @Override
    public List<Set<String>> cluster(List<GoldMention> mentions) {
        Map<String, Set<String>> byLemma = new LinkedHashMap<>();
        for (GoldMention m : mentions) byLemma.computeIfAbsent(HeadLemma.of(m.text()), l -> new LinkedHashSet<>()).add(m.id());
        return new ArrayList<>(byLemma.values());
    }
}
