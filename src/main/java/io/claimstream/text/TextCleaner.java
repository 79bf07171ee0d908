package io.claimstream.text;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes what feeds leave in article text that is not prose: markup, links, paragraph numbering, datelines,
 * and hyphens inserted into words by line-breaking ("issu-es", "NA-TO").
 */
public final class TextCleaner {
    private static final Pattern NON_TEXT_ELEMENT =
            Pattern.compile("(?is)<(image|img|script|style|figure|iframe)\\b[^>]*>.*?</\\1\\s*>");
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
    private static final Pattern HYPHENATED = Pattern.compile("\\b(\\p{L}{1,12})-(\\p{L}{1,12})\\b");
    /**
     * Whole words; a hyphenated word counts as one, so the halves of "issu-es" are not taken for words. Written
     * with character classes only: a repeated group makes Java's regex engine recurse once per repetition, and a
     * long "a-a-a-…" would overflow the stack.
     */
    private static final Pattern WORD = Pattern.compile("\\p{L}(?:[\\p{L}-]*\\p{L})?");

    public String clean(String raw) {
        String text = raw.replace('\u00A0', ' ').replace('’', '\'').replace('‘', '\'')
                .replace('“', '"').replace('”', '"').replace("\r\n", "\n").replace('\r', '\n');
        text = NON_TEXT_ELEMENT.matcher(text).replaceAll(" ");
        text = TAG.matcher(text).replaceAll(" ");
        text = URL.matcher(text).replaceAll(" ");
        text = PARAGRAPH_NUMBER.matcher(text).replaceAll("");
        text = DATELINE.matcher(text).replaceAll("");
        text = repairBrokenHyphens(text);
        return text.replaceAll("[ \\t]{2,}", " ").strip();
    }

    /**
     * Joins "issu-es" into "issues" when the joined word occurs elsewhere in the same text and neither part
     * does on its own: a real compound ("live-fire", "EU-China") keeps its hyphen because its parts are words.
     */
    private String repairBrokenHyphens(String text) {
        Matcher m = HYPHENATED.matcher(text);
        if (!m.find()) return text; // most texts have no hyphenated word: their words need not be collected
        Set<String> words = new HashSet<>();
        Matcher w = WORD.matcher(text);
        while (w.find()) words.add(w.group().toLowerCase(Locale.ROOT));
        m.reset();
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String left = m.group(1), right = m.group(2);
            String joined = (left + right).toLowerCase(Locale.ROOT);
            boolean partsAreWords = words.contains(left.toLowerCase(Locale.ROOT))
                    && words.contains(right.toLowerCase(Locale.ROOT));
            String replacement = words.contains(joined) && !partsAreWords ? left + right : m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
