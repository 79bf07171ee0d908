package io.claimstream.text;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The names a text mentions and how often: capitalized words that do not open a sentence (and acronyms, which may),
 * lowercased. Names are what tells two reports of one kind of event apart — who, where — where the common words
 * are shared by every report of that kind. A scan of characters, no tagging: it reads every sentence of every
 * article, most of which nothing else reads.
 */
public final class ProperNames {
    /** Capitalized by convention, not because they name someone or somewhere. */
    private static final Set<String> NOT_NAMES = Set.of(
            "i", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "mr", "mrs", "ms", "dr");

    static final Set<String> OPENERS = Set.of("the", "a", "an", "in", "on", "at", "but", "and", "he", "she", "it", "they", "we", "this",
            "that", "these", "those", "there", "his", "her", "their", "its", "as", "after", "before", "when", "while", "if", "for",
            "of", "to", "with", "by", "from", "one", "two", "three", "some", "many", "more", "most", "no", "not", "so", "yet",
            "also", "however", "meanwhile", "since", "during", "about", "according", "last", "other", "all", "what", "who",
            "where", "why", "how", "i", "you", "our", "my", "your", "police", "officials", "authorities");

    private ProperNames() {
    }

    /** Adds the names of one sentence to {@code counts}, and its lowercase words to {@code common}. */
    static void count(CharSequence sentence, Map<String, Integer> counts, Set<String> common, Map<String, Integer> openers) {
        int n = sentence.length();
        boolean first = true;
        for (int i = 0; i < n; ) {
            char c = sentence.charAt(i);
            if (!Character.isLetter(c)) {
                i++;
                continue;
            }
            int start = i;
            boolean allCaps = true;
            while (i < n && (Character.isLetterOrDigit(sentence.charAt(i)) || sentence.charAt(i) == '-' || sentence.charAt(i) == '.'
                    && i + 1 < n && Character.isUpperCase(sentence.charAt(i + 1)))) {
                if (Character.isLowerCase(sentence.charAt(i))) allCaps = false;
                i++;
            }
            int end = i;
            while (end > start && (sentence.charAt(end - 1) == '-' || sentence.charAt(end - 1) == '.')) end--;
            if (Character.isLowerCase(c)) common.add(sentence.subSequence(start, end).toString());
            if (Character.isUpperCase(c) && end - start > 1 && first && !allCaps) {
                openers.merge(sentence.subSequence(start, end).toString().toLowerCase(Locale.ROOT), 1, Integer::sum);
            } else if (Character.isUpperCase(c) && end - start > 1 && (!first || allCaps)) {
                String name = sentence.subSequence(start, end).toString().toLowerCase(Locale.ROOT);
                if (!NOT_NAMES.contains(name)) counts.merge(name, 1, Integer::sum);
            }
            first = false;
        }
    }

    /**
     * The names of a text given as its sentences. A word the text also writes in lowercase is a common word
     * capitalized by a headline ("Quake Hits Town"), not a name.
     */
    public static Map<String, Integer> of(Iterable<? extends CharSequence> sentences) {
        Map<String, Integer> counts = new HashMap<>();
        Set<String> common = new HashSet<>();
        Map<String, Integer> openers = new HashMap<>();
        for (CharSequence s : sentences) count(s, counts, common, openers);
        openers.forEach((name, n) -> {
            if (counts.containsKey(name)) counts.merge(name, n, Integer::sum);
        });
        return counts;
    }

    /** The {@code limit} most frequent names of a text, ties broken alphabetically. */
    public static Map<String, Integer> mostFrequent(Iterable<? extends CharSequence> sentences, int limit) {
        Map<String, Integer> kept = new HashMap<>();
        of(sentences).entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit).forEach(e -> kept.put(e.getKey(), e.getValue()));
        return kept;
    }
}
