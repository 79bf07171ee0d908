package io.claimstream.claim;

import java.util.regex.Pattern;

/**
 * A cheap test of whether a sentence can name a place: a capitalized name after "in", "at", "near", or a name
 * before "host". With the other finders' cheap tests it decides which sentences are tagged.
 */
final class ClaimCues {
    private static final Pattern AFTER_PREPOSITION = Pattern.compile("\\b(?:in|at|near|outside|inside)\\s+(?:the\\s+)?\\p{Lu}");
    private static final Pattern HOST = Pattern.compile("\\p{Lu}\\p{L}+\\s+(?:\\w+\\s+){0,2}host");

    private ClaimCues() {
    }

    static boolean place(String sentence) {
        // the name-before-"host" rule tries every capitalized word: only where "host" is there at all
        return AFTER_PREPOSITION.matcher(sentence).find() || sentence.contains("host") && HOST.matcher(sentence).find();
    }
}
