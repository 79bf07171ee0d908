package io.claimstream.text;

import java.util.List;

/**
 * One sentence of a cleaned article, with its tokens and their Penn Treebank tags.
 * Character offsets of tokens are relative to the sentence; {@code start}/{@code end} to the cleaned text.
 */
public record Sentence(String text, int start, int end, List<Token> tokens) {

    public record Token(String text, int start, int end, String tag) {
        public boolean isVerb() {
            return tag.startsWith("VB") || tag.equals("MD");
        }

        public boolean isCapitalized() {
            return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
        }
    }

    public int size() {
        return tokens.size();
    }

    public Token token(int i) {
        return tokens.get(i);
    }

    /** Index of the token that covers the character offset (relative to the sentence), or the next one. */
    public int tokenAt(int charOffset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).end() > charOffset) return i;
        }
        return tokens.size();
    }
}
