package io.claimstream.eval;

import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One ECB+ document as the evaluation reads it: the words of its sentences and its gold event mentions in the
 * annotated sentences.
 *
 * @param sentences sentence number → its words in order (an "ecbplus" document's sentence 0 is the address it
 *                  was found at)
 */
public record EcbDocument(String name, int topic, SortedMap<Integer, List<String>> sentences, List<GoldMention> mentions) {
    public EcbDocument {
        sentences = Collections.unmodifiableSortedMap(new TreeMap<>(sentences));
        mentions = List.copyOf(mentions);
    }
}
