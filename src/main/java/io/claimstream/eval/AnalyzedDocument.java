package io.claimstream.eval;

import java.util.Map;

/**
 * A document after the product's analysis.
 *
 * @param names how often each name (a proper noun, as {@link HeadLemma#lemma}) occurs in it
 */
record AnalyzedDocument(String name, Map<String, Integer> names) {
    AnalyzedDocument {
        names = Map.copyOf(names);
    }
}
