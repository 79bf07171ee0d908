package io.claimstream.eval;

import java.util.List;
import java.util.Set;

/** A system under evaluation: it partitions the gold event mentions it is given into events (by mention id). */
interface Clusterer {
    String name();

    List<Set<String>> cluster(List<GoldMention> mentions);
}
