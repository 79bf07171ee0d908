package io.claimstream.eval;

import io.claimstream.text.Sentence;
import io.claimstream.text.SentenceAnalyzer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads an ECB+ document with the product's own text analysis (its regular tokenizer and OpenNLP part-of-speech
 * tags, {@link SentenceAnalyzer}) and counts the names it mentions: the proper nouns (NNP, NNPS), as
 * {@link HeadLemma#lemma}s. Names are what tells two reports of one kind of event apart (who, where), where common
 * words are shared by every document of a topic. Not thread-safe: it holds one {@link SentenceAnalyzer}.
 */
final class DocumentAnalysis {
    private static final Set<String> NO_SPACE_BEFORE = Set.of(",", ".", ";", ":", "!", "?", ")", "]", "%", "'s", "’s", "n't", "''");
    private static final Set<String> NO_SPACE_AFTER = Set.of("(", "[", "$", "``");

    private final SentenceAnalyzer analyzer = new SentenceAnalyzer();

    AnalyzedDocument analyze(EcbDocument document) {
        Map<String, Integer> names = new HashMap<>();
        for (List<String> words : document.sentences().values()) {
            for (Sentence sentence : analyzer.analyze(text(words))) {
                for (Sentence.Token t : sentence.tokens()) {
                    if (t.tag().startsWith("NNP") && t.text().length() > 1) names.merge(HeadLemma.lemma(t.text()), 1, Integer::sum);
                }
            }
        }
        return new AnalyzedDocument(document.name(), names);
    }

    /** The corpus tokens as the running text the tokenizer and tagger were made for ("June 13, 2013", not "13 , 2013"). */
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
