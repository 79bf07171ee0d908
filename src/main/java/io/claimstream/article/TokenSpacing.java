package io.claimstream.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns the tokens of a tokenized corpus back into text a reader (and our sentence splitter) expects: no space
 * before punctuation, closing quotes and clitics ("n't", "'s"), none after opening quotes, brackets and "$", none
 * around slashes and hyphens split off words ("and / or" → "and/or", "90 - day" → "90-day"), and Penn Treebank
 * quotes {@code ``} and {@code ''} as ". One instance per document, because a plain " opens or closes a quotation
 * depending on how many came before it, across sentences.
 */
final class TokenSpacing {
    private enum Kind {
        WORD(false, false), OPENING(false, true), CLOSING(true, false), JOINING(true, true);

        final boolean noSpaceBefore, noSpaceAfter;

        Kind(boolean noSpaceBefore, boolean noSpaceAfter) {
            this.noSpaceBefore = noSpaceBefore;
            this.noSpaceAfter = noSpaceAfter;
        }
    }

    private static final Set<String> OPENING = Set.of("``", "“", "‘", "`", "(", "[", "{", "$");
    private static final Set<String> CLOSING = Set.of("''", "”", ".", ",", ";", "!", "?", ")", "]", "}", "%", "...", "…");
    private static final Set<String> CLITICS = Set.of("'s", "'m", "'re", "'ve", "'ll", "'d", "n't", "’s", "’m", "’re", "’ve",
            "’ll", "’d", "n’t");
    // what follows an apostrophe that was split off inside a word: "Lohan ’ s", "didn ’ t"
    private static final Set<String> CLITIC_TAILS = Set.of("s", "t", "m", "re", "ve", "ll", "d");

    private final boolean hyphensSplitFromWords;
    private boolean insideQuote;

    /**
     * @param hyphensSplitFromWords whether the tokenizer split hyphenated words ("90 - day"), so that a lone "-" is a
     *     hyphen; otherwise a lone "-" is a dash and keeps its spaces
     */
    TokenSpacing(boolean hyphensSplitFromWords) {
        this.hyphensSplitFromWords = hyphensSplitFromWords;
    }

    String sentence(List<String> rawTokens) {
        List<String> tokens = mergeSplitQuotes(rawTokens);
        StringBuilder text = new StringBuilder();
        boolean glued = true;
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            String previous = i > 0 ? tokens.get(i - 1) : null, next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
            Kind kind = kind(token, previous, next);
            if (!glued && !kind.noSpaceBefore) text.append(' ');
            text.append(token.equals("``") || token.equals("''") ? "\"" : token);
            glued = kind.noSpaceAfter;
        }
        return text.toString();
    }

    private Kind kind(String token, String previous, String next) {
        if (token.equals("\"")) {
            insideQuote = !insideQuote;
            return insideQuote ? Kind.OPENING : Kind.CLOSING;
        }
        if (OPENING.contains(token)) return Kind.OPENING;
        // numbers the tokenizer split: "10 , 000", "4 . 5"
        if (previous != null && next != null && isNumber(previous) && isNumber(next)
                && (token.equals(".") || token.equals(",") && previous.length() <= 3 && next.length() == 3)) {
            return Kind.JOINING;
        }
        if (CLOSING.contains(token) || CLITICS.contains(token.toLowerCase())) return Kind.CLOSING;
        if (token.equals("-") && hyphensSplitFromWords || token.equals("/")) return Kind.JOINING;
        if (token.equals(":")) {
            // clock times ("4 : 59") and URLs ("http : / /") are written without spaces
            return previous != null && next != null && (isNumber(previous) && isNumber(next) || next.equals("/"))
                    ? Kind.JOINING : Kind.CLOSING;
        }
        if (token.equals("'") || token.equals("’")) {
            if (previous != null && next != null && isWord(previous) && CLITIC_TAILS.contains(next.toLowerCase())) return Kind.JOINING;
            return previous == null ? Kind.OPENING : Kind.CLOSING;
        }
        // a quote inside a token (ECB+ often keeps it on the word: "We) still opens or closes a quotation
        if (token.chars().filter(c -> c == '"').count() % 2 == 1) insideQuote = !insideQuote;
        return Kind.WORD;
    }

    // ECB sometimes splits '' into two ' tokens ("Scrubs , ' ' has")
    private static List<String> mergeSplitQuotes(List<String> tokens) {
        List<String> merged = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).equals("'") && i + 1 < tokens.size() && tokens.get(i + 1).equals("'")) {
                merged.add("''");
                i++;
            } else {
                merged.add(tokens.get(i));
            }
        }
        return merged;
    }

    private static boolean isNumber(String token) {
        return !token.isEmpty() && token.chars().allMatch(Character::isDigit);
    }

    private static boolean isWord(String token) {
        return !token.isEmpty() && Character.isLetterOrDigit(token.codePointAt(token.length() - 1));
    }
}
