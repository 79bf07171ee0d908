package io.claimstream.claim;

import java.util.regex.Pattern;

/**
 * A cheap test of whether a sentence can name a place: a capitalized name after "in", "at", "near", or a name
 * before "host". With the other finders' cheap tests it decides which sentences are tagged.
 */
final class ClaimCues {
    private static final Pattern PLACE = Pattern.compile("\\b(?:in|at|near|outside|inside)\\s+(?:the\\s+)?\\p{Lu}"
            + "|\\p{Lu}\\p{L}+\\s+(?:\\w+\\s+){0,2}host");

    private ClaimCues() {
    }

    static boolean place(String sentence) {
        return PLACE.matcher(sentence).find();
    }
}
