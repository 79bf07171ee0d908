package io.claimstream.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes what feeds leave in article text that is not prose: markup, links, paragraph numbering, datelines,
 * and hyphens inserted into words by line-breaking ("issu-es", "NA-TO").
 */
public final class TextCleaner {
    private static final Pattern NON_TEXT_ELEMENT =
            Pattern.compile("(?is)<(image|img|script|style|figure|iframe)\\b[^>]*>.*?</\\1\\s*>");
    private static final Pattern SPACES = Pattern.compile("[ \\t]{2,}");
    private static final Pattern TAG = Pattern.compile("<[^>\\n]{1,500}>");
    private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+");
    private static final Pattern PARAGRAPH_NUMBER = Pattern.compile("(?m)^[ \\t]*\\d{1,3}:[ \\t]+(?=[A-Z\"“])");
    private static final String MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?";
    /** "date 2022-01-09 ", "BRUSSELS, January 10. /TASS/. ", "BRUSSELS (TASS): ", "GENEVA, Jan 9 (Reuters) - ". */
    private static final Pattern DATELINE = Pattern.compile(
            "(?m)^[ \\t]*(?:date\\s+\\d{4}-\\d{2}-\\d{2}\\s+"
                    + "|[A-Z][A-Z'.-]+(?:\\s[A-Z][A-Z'.-]+){0,3}"
                    + "(?:,\\s*" + MONTH + "\\s+\\d{1,2}(?:,\\s*\\d{4})?\\.?\\s*(?:/[A-Za-z-]+/\\.?|\\([A-Za-z -]+\\)\\s*[-–—:])?"
                    + "|\\s*\\([A-Za-z -]+\\)\\s*[-–—:]|\\s*/[A-Za-z-]+/\\.?)\\s+)");
    /** More hyphenated words than this, and the text's words are collected once instead of searched for each. */
    private static final int SEARCHED_HYPHENS = 32;
    /**
     * Whole words; a hyphenated word counts as one. Written with character classes only: a repeated group makes
     * Java's regex engine recurse once per repetition, and a long "a-a-a-…" would overflow the stack.
     */
    private static final Pattern WORD = Pattern.compile("\\p{L}(?:[\\p{L}-]*\\p{L})?");
    /** The longest half of a word broken by a hyphen that is repaired. */
    private static final int HALF = 12;

    public String clean(String raw) {
        String text = raw.replace('\u00A0', ' ').replace('’', '\'').replace('‘', '\'')
                .replace('“', '"').replace('”', '"').replace("\r\n", "\n").replace('\r', '\n');
        // each rule runs only where the character it cannot match without is in the text: most articles are plain prose
        if (text.indexOf('<') >= 0) {
            text = NON_TEXT_ELEMENT.matcher(text).replaceAll(" ");
            text = TAG.matcher(text).replaceAll(" ");
        }
        if (text.indexOf('/') >= 0 || TextSearch.containsIgnoreCase(text, "www.")) text = URL.matcher(text).replaceAll(" ");
        if (text.indexOf(':') >= 0) text = PARAGRAPH_NUMBER.matcher(text).replaceAll("");
        text = DATELINE.matcher(text).replaceAll("");
        text = repairBrokenHyphens(text);
        if (text.contains("  ") || text.indexOf('\t') >= 0) text = SPACES.matcher(text).replaceAll(" ");
        return text.strip();
    }

    /**
     * Joins "issu-es" into "issues" when the joined word occurs elsewhere in the same text and neither part
     * does on its own: a real compound ("live-fire", "EU-China") keeps its hyphen because its parts are words.
     * A hyphenated word counts as one word, so the halves of "issu-es" are not taken for words. Most texts hold a
     * few hyphenated words, each looked up by a search of the text; a text with many has its words collected once,
     * so that the work stays linear in its length.
     */
    private String repairBrokenHyphens(String text) {
        List<int[]> hyphenated = hyphenated(text);
        if (hyphenated.isEmpty()) return text;
        String lower = text.toLowerCase(Locale.ROOT);
        Predicate<String> isWord = hyphenated.size() > SEARCHED_HYPHENS ? wordsOf(lower)::contains : w -> isWord(lower, w);
        StringBuilder out = new StringBuilder(text.length());
        int done = 0;
        for (int[] h : hyphenated) {
            String left = text.substring(h[0], h[1]), right = text.substring(h[1] + 1, h[2]);
            boolean broken = isWord.test((left + right).toLowerCase(Locale.ROOT))
                    && !(isWord.test(left.toLowerCase(Locale.ROOT)) && isWord.test(right.toLowerCase(Locale.ROOT)));
            out.append(text, done, h[0]);
            if (broken) out.append(left).append(right);
            else out.append(text, h[0], h[2]);
            done = h[2];
        }
        return out.append(text, done, text.length()).toString();
    }

    /**
     * Each word of two halves of 1 to {@value #HALF} letters joined by a hyphen, as {start, hyphen, end}: what the
     * regex {@code \b(\p{L}{1,12})-(\p{L}{1,12})\b} finds, left to right and not overlapping, but found from the
     * text's hyphens, so that a text costs its hyphens rather than a regex attempt at every position.
     */
    static List<int[]> hyphenated(String text) {
        List<int[]> found = new ArrayList<>();
        int done = 0;
        for (int h = text.indexOf('-'); h >= 0; h = text.indexOf('-', h + 1)) {
            int start = h, end = h + 1;
            while (start > 0 && Character.isLetter(text.charAt(start - 1))) start--;
            while (end < text.length() && Character.isLetter(text.charAt(end))) end++;
            boolean halves = h - start >= 1 && h - start <= HALF && end - h - 1 >= 1 && end - h - 1 <= HALF;
            boolean whole = (start == 0 || !isWordChar(text.charAt(start - 1))) && (end == text.length() || !isWordChar(text.charAt(end)));
            if (start >= done && halves && whole) {
                found.add(new int[] {start, h, end});
                done = end;
            }
        }
        return found;
    }

    /** A character of a word, as a regex word boundary sees it. */
    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    private static Set<String> wordsOf(String text) {
        Set<String> words = new HashSet<>();
        Matcher w = WORD.matcher(text);
        while (w.find()) words.add(w.group());
        return words;
    }

    /** Whether {@code word} occurs in {@code text} as a whole word: no letter, and no hyphen joining one, on either side. */
    static boolean isWord(String text, String word) {
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            int end = at + word.length();
            boolean startsWord = at == 0 || !Character.isLetter(text.charAt(at - 1))
                    && !(text.charAt(at - 1) == '-' && at >= 2 && Character.isLetter(text.charAt(at - 2)));
            boolean endsWord = end == text.length() || !Character.isLetter(text.charAt(end))
                    && !(text.charAt(end) == '-' && end + 1 < text.length() && Character.isLetter(text.charAt(end + 1)));
            if (startsWord && endsWord) return true;
        }
        return false;
    }
}
