package io.claimstream.quantity;

import io.claimstream.text.TextSearch;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds how long an event lasted: "lasted 50 minutes", "lasted for more than three hours", "a 50-minute
 * conversation", "a week-long closure". Only these shapes: "in two years" and "for the first time in two
 * years" say when, not how long.
 */
public final class DurationFinder {
    public record Found(int start, int end, String text, DurationValue value) {
    }

    private static final String QUALIFIER = "(?<qual>more than|over|longer than|in excess of|less than|under|fewer than|shorter than"
            + "|about|around|roughly|approximately|some|nearly|almost|close to|at least|at most|up to|no more than)";
    private static final String NUMBER = "(?<num>\\d+(?:\\.\\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
            + "|twelve|fifteen|twenty|thirty|forty|forty-five|fifty|ninety|several|a few)(?<half>\\s+and\\s+a\\s+half)?";
    private static final String UNIT = "(?<unit>second|minute|hour|day|week|month|year)s?";
    private static final Pattern LASTED = Pattern.compile("(?i)\\blast(?:ed|s|ing)?\\s+(?:for\\s+)?(?:" + QUALIFIER + "\\s+)?"
            + NUMBER + "\\s+" + UNIT + "\\b(?<trail>\\s+and\\s+a\\s+half)?");
    private static final Pattern ADJECTIVE = Pattern.compile("(?i)\\b(?:" + QUALIFIER + "\\s+)?" + NUMBER
            + "[-\\s](?<unit>second|minute|hour|day|week|month|year)(?:-long)?\\s+(?=\\p{L})(?!old\\b|ago\\b|later\\b|earlier\\b|before\\b|after\\b)");
    private static final Pattern HYPHEN_ONLY = Pattern.compile("-");

    private static final Map<String, Double> UNIT_SECONDS = Map.of("second", 1.0, "minute", 60.0, "hour", 3600.0,
            "day", 86400.0, "week", 7 * 86400.0, "month", 30 * 86400.0, "year", 360 * 86400.0);

    /** Nothing reported lasts ten thousand of anything; a longer number is debris. */
    private static final double MAX_AMOUNT = 10_000;

    public List<Found> find(String sentence) {
        List<Found> found = new ArrayList<>();
        // most sentences have neither "last" nor a hyphen: the rules that need them are not run there
        if (TextSearch.containsIgnoreCase(sentence, "last")) {
            Matcher m = LASTED.matcher(sentence);
            while (m.find()) found.add(toFound(m, sentence, m.group("trail") != null));
        }
        Matcher a = ADJECTIVE.matcher(sentence);
        boolean hyphenated = mayHaveHyphenatedDuration(sentence);
        while (hyphenated && a.find()) {
            // "50-minute conversation" and "two-hour talks", not "two hours talks"
            if (!HYPHEN_ONLY.matcher(a.group()).find()) continue;
            if (found.stream().noneMatch(f -> f.start() <= a.start() && a.start() < f.end())) {
                found.add(toFound(a, sentence, false));
            }
        }
        found.removeIf(f -> f.value() == null);
        return found;
    }

    private static final List<String> UNITS = List.of("second", "minute", "hour", "day", "week", "month", "year");

    /** A hyphen before a unit ("50-minute") or "long" ("a week-long"), or inside "forty-five": what a duration used as an adjective needs. */
    private static boolean mayHaveHyphenatedDuration(String sentence) {
        for (int h = sentence.indexOf('-'); h >= 0; h = sentence.indexOf('-', h + 1)) {
            for (String unit : UNITS) {
                if (sentence.regionMatches(true, h + 1, unit, 0, unit.length())) return true;
            }
            if (sentence.regionMatches(true, h + 1, "long", 0, 4) || sentence.regionMatches(true, h - 5, "forty", 0, 5)) return true;
        }
        return false;
    }

    private static Found toFound(Matcher m, String sentence, boolean trailingHalf) {
        String num = m.group("num").toLowerCase(Locale.ROOT);
        Double amount = NumberWords.value(num);
        if (amount == null || amount > MAX_AMOUNT) return new Found(m.start(), m.end(), m.group(), null);
        if (m.group("half") != null || trailingHalf) amount += 0.5;
        String qual = Qualified.symbol(m.group("qual"));
        if (NumberWords.isVague(num) && qual.isEmpty()) qual = "~";
        double seconds = amount * UNIT_SECONDS.get(m.group("unit").toLowerCase(Locale.ROOT));
        String text = sentence.substring(m.start(), m.end()).trim();
        return new Found(m.start(), m.start() + text.length(), text, new DurationValue(qual, seconds));
    }

}
