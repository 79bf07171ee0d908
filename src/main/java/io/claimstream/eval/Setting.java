package io.claimstream.eval;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** How much of the corpus structure a system is given: the gold topics, or all documents mixed together. */
public enum Setting {
    /** Each topic clustered on its own, as with the gold topic of every document known. */
    TOPIC,
    /** All documents at once, with no topic boundaries. */
    MIXED;

    /** The sets of mentions a system clusters independently in this setting. */
    List<List<GoldMention>> split(List<GoldMention> mentions) {
        if (this == MIXED) return List.of(mentions);
        Map<Integer, List<GoldMention>> byTopic = mentions.stream()
                .collect(Collectors.groupingBy(GoldMention::topic, TreeMap::new, Collectors.toList()));
        return List.copyOf(byTopic.values());
    }

    String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
