package io.claimstream.eval;

import java.util.Collections;
import java.util.List;
import java.util.Set;
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

    private static final Set<String> NO_SPACE_BEFORE = Set.of(",", ".", ";", ":", "!", "?", ")", "]", "%", "'s", "’s", "n't", "''");
    private static final Set<String> NO_SPACE_AFTER = Set.of("(", "[", "$", "``");

    /** Each sentence as the running text a reader sees ("June 13, 2013", not "June 13 , 2013"). */
    public List<String> sentenceTexts() {
        return sentences.values().stream().map(EcbDocument::text).toList();
    }

    static String text(List<String> words) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (i > 0 && !NO_SPACE_BEFORE.contains(w) && !NO_SPACE_AFTER.contains(words.get(i - 1))) text.append(' ');
            text.append(w.equals("``") || w.equals("''") ? "\"" : w);
        }
        return text.toString();
    }
}
