package io.claimstream.eval;

import java.util.List;

/**
 * An annotated event mention of ECB+ and the gold event it belongs to.
 *
 * @param id       unique in the corpus: document name and markable id ("36_1ecb#23")
 * @param document the document name without ".xml" ("36_1ecb")
 * @param sentence the sentence number of its first token
 * @param tokens   indices of its words among that sentence's words ({@link EcbDocument#sentences()}), in text order
 * @param text     its words, space-separated
 * @param cluster  the gold event: a cross-document instance id, an intra-document chain, or the mention alone
 */
public record GoldMention(String id, String document, int topic, int sentence, List<Integer> tokens, String text,
                          String cluster) {
    public GoldMention {
        tokens = List.copyOf(tokens);
    }
}
