package io.claimstream.text;

/**
 * Substring tests that allocate nothing, for the cheap checks that decide whether a sentence is worth the costly
 * rules at all.
 */
public final class TextSearch {
    private TextSearch() {
    }

    /** Whether {@code text} contains {@code lowercaseWord} in any case ("Ago", "AGO", "ago"). */
    public static boolean containsIgnoreCase(String text, String lowercaseWord) {
        int n = lowercaseWord.length();
        char first = lowercaseWord.charAt(0);
        for (int i = 0; i + n <= text.length(); i++) {
            if (Character.toLowerCase(text.charAt(i)) == first && text.regionMatches(true, i, lowercaseWord, 0, n)) return true;
        }
        return false;
    }

    /** Whether {@code text} has a decimal digit. */
    public static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) return true;
        }
        return false;
    }
}
