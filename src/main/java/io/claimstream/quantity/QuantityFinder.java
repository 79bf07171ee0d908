package io.claimstream.quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds counted and measured amounts that news reports about an event: casualties ("at least 112 people were
 * killed", "killing 20 civilians", "the death toll rose to 86"), injuries, arrests, an earthquake's magnitude
 * ("magnitude 7.8", "a 7.8-magnitude quake") and lengths ("a 400-metre-long ship"). Numbers may be digits
 * ("30,000") or words ("twelve", "dozens", "hundreds").
 */
public final class QuantityFinder {
    public record Found(int start, int end, String text, String attribute, QuantityValue value) {
    }

    private static final String QUALIFIER = "(?<qual>at least|more than|over|nearly|almost|about|around|roughly|some|up to|at most|fewer than|less than|approximately)\\s+";
    /**
     * A number in digits or words; "twenty-one" is read whole, and a word that ends a longer number ("-one" of
     * "twenty-one", "twelve" of "one hundred and twelve") is not read alone, which would give a wrong count.
     */
    private static final String NUMBER = "(?<![-\\w])(?<!hundred and )(?<!thousand and )(?<num>\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?"
            + "|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|seven|eight|nine)|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            + "|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
            + "|a hundred|hundreds|a dozen|dozens|tens of thousands|thousands|scores)";
    private static final String PEOPLE = "(?:\\s+(?:[a-z]+\\s+)?(?:people|persons|civilians|children|women|men|soldiers|troops|fighters|rebels"
            + "|militants|protesters|migrants|passengers|workers|members|residents|others|of them))?";
    /** "February 6 killed …": a day of the month is no count. */
    private static final String NOT_A_DAY = "(?<!(?:January|February|March|April|May|June|July|August|September|October|November"
            + "|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?\\s)";
    private static final Pattern COUNT_THEN_VERB = Pattern.compile("(?i)\\b(?:" + QUALIFIER + ")?" + NOT_A_DAY + NUMBER + PEOPLE
            + "\\s+(?:were\\s+|have\\s+been\\s+|had\\s+been\\s+|are\\s+|was\\s+)?(?<verb>killed|dead|died|deaths|executed|injured|wounded|hurt"
            + "|arrested|detained)\\b");
    private static final Pattern VERB_THEN_COUNT = Pattern.compile("(?i)\\b(?<verb>kill|kills|killing|killed|executed|executing|injuring|injured"
            + "|wounding|wounded|arresting|arrested|detaining|claimed the lives of|claiming the lives of)\\s+(?:"
            + QUALIFIER + ")?" + NUMBER + "\\b");
    private static final Pattern TOLL = Pattern.compile("(?i)\\bdeath toll\\s+(?:\\w+\\s+){0,7}?(?:to|at|of|reached|stands at|stood at)\\s+(?:"
            + QUALIFIER + ")?" + NUMBER + "\\b");
    private static final Pattern MAGNITUDE = Pattern.compile("(?i)\\b(?:magnitude[\\s-](?<a>\\d(?:\\.\\d)?)|(?<b>\\d(?:\\.\\d)?)[\\s-]magnitude)\\b");
    private static final Pattern LENGTH = Pattern.compile("(?i)\\b(?<num>\\d+(?:[.,]\\d+)?)[\\s-](?<unit>metres?|meters?|m|kilometres?|kilometers?|km|feet|foot|ft)[\\s-]long\\b");

    /** Vague plurals: "dozens" is at least 24, "hundreds" at least 200. */
    private static final Map<String, Double> AT_LEAST = Map.of("dozens", 24.0, "scores", 40.0, "hundreds", 200.0,
            "thousands", 2000.0, "tens of thousands", 20000.0);

    private static final double MAX_COUNT = 1e10;

    public List<Found> find(String sentence) {
        List<Found> found = new ArrayList<>();
        for (Pattern p : List.of(COUNT_THEN_VERB, VERB_THEN_COUNT, TOLL)) {
            Matcher m = p.matcher(sentence);
            while (m.find()) {
                if (overlaps(found, m.start(), m.end())) continue;
                String attribute = p == TOLL ? "deaths" : attributeOf(m.group("verb"));
                QuantityValue value = count(m.group("qual"), m.group("num"));
                if (value == null) continue;
                found.add(new Found(m.start(), m.end(), m.group(), attribute, value));
            }
        }
        Matcher mag = MAGNITUDE.matcher(sentence);
        while (mag.find()) {
            String n = mag.group("a") != null ? mag.group("a") : mag.group("b");
            found.add(new Found(mag.start(), mag.end(), mag.group(), "magnitude", new QuantityValue("", Double.parseDouble(n), "")));
        }
        Matcher len = LENGTH.matcher(sentence);
        while (len.find()) {
            double amount = Double.parseDouble(len.group("num").replace(",", ""));
            String unit = len.group("unit").toLowerCase(Locale.ROOT);
            double metres = unit.startsWith("k") ? amount * 1000 : unit.startsWith("f") ? amount * 0.3048 : amount;
            found.add(new Found(len.start(), len.end(), len.group(), "length", new QuantityValue("", Math.round(metres * 10) / 10.0, "m")));
        }
        return found;
    }

    private static boolean overlaps(List<Found> found, int start, int end) {
        return found.stream().anyMatch(f -> start < f.end() && f.start() < end);
    }

    private static String attributeOf(String verb) {
        String v = verb.toLowerCase(Locale.ROOT);
        if (v.startsWith("kill") || v.startsWith("execut") || v.startsWith("claim") || v.equals("dead") || v.equals("died")
                || v.equals("deaths")) {
            return "deaths";
        }
        if (v.startsWith("arrest") || v.startsWith("detain")) return "arrests";
        return "injuries";
    }

    private static QuantityValue count(String qualifierWords, String number) {
        String n = number.toLowerCase(Locale.ROOT);
        if (AT_LEAST.containsKey(n)) return new QuantityValue(">=", AT_LEAST.get(n), "");
        double amount = NumberWords.value(n);
        // no event of this world has more casualties than people alive: a longer number is debris, not a count
        return amount > MAX_COUNT ? null : new QuantityValue(Qualified.symbol(qualifierWords), amount, "");
    }

}
