package io.claimstream.quantity;

import java.util.Locale;
import java.util.Map;

/** Numbers written in words, as news writes small counts and lengths: "twelve people", "a two-hour meeting". */
final class NumberWords {
    private static final Map<String, Double> WORDS = Map.ofEntries(Map.entry("a", 1.0), Map.entry("an", 1.0),
            Map.entry("one", 1.0), Map.entry("two", 2.0), Map.entry("three", 3.0), Map.entry("four", 4.0),
            Map.entry("five", 5.0), Map.entry("six", 6.0), Map.entry("seven", 7.0), Map.entry("eight", 8.0),
            Map.entry("nine", 9.0), Map.entry("ten", 10.0), Map.entry("eleven", 11.0), Map.entry("twelve", 12.0),
            Map.entry("thirteen", 13.0), Map.entry("fourteen", 14.0), Map.entry("fifteen", 15.0), Map.entry("sixteen", 16.0),
            Map.entry("seventeen", 17.0), Map.entry("eighteen", 18.0), Map.entry("nineteen", 19.0), Map.entry("twenty", 20.0),
            Map.entry("thirty", 30.0), Map.entry("forty", 40.0), Map.entry("forty-five", 45.0), Map.entry("fifty", 50.0),
            Map.entry("sixty", 60.0), Map.entry("seventy", 70.0), Map.entry("eighty", 80.0), Map.entry("ninety", 90.0),
            Map.entry("a hundred", 100.0), Map.entry("a dozen", 12.0), Map.entry("several", 3.0), Map.entry("a few", 3.0));

    private NumberWords() {
    }

    /** The value of digits ("30,000", "7.5") or of number words; null when it is neither. */
    static Double value(String text) {
        String n = text.toLowerCase(Locale.ROOT);
        if (Character.isDigit(n.charAt(0))) return Double.valueOf(n.replace(",", ""));
        int hyphen = n.indexOf('-');
        if (hyphen > 0 && WORDS.containsKey(n.substring(0, hyphen)) && WORDS.containsKey(n.substring(hyphen + 1))) {
            return WORDS.get(n.substring(0, hyphen)) + WORDS.get(n.substring(hyphen + 1)); // twenty-one
        }
        return WORDS.get(n);
    }

    /** Vague words stand for an approximate amount: "several days" is about three. */
    static boolean isVague(String text) {
        String n = text.toLowerCase(Locale.ROOT);
        return n.equals("several") || n.equals("a few");
    }
}
