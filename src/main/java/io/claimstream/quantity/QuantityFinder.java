package io.claimstream.quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
        /** A count of the dead or the injured. */
        public boolean isCasualty() {
            return attribute.equals("deaths") || attribute.equals("injuries");
        }
    }

    private static final String QUALIFIER_WORDS = "at least|more than|over|nearly|almost|about|around|roughly|some|up to|at most"
            + "|fewer than|less than|approximately|as many as";
    private static final String QUALIFIER = "(?<qual>" + QUALIFIER_WORDS + ")\\s+";
    private static final String NUMBER_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
            + "|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
    /**
     * A number in digits or words; "twenty-one" is read whole, and a word that ends a longer number ("-one" of
     * "twenty-one", "twelve" of "one hundred and twelve") is not read alone, which would give a wrong count.
     */
    private static final String NUMBER = "(?<![-\\w])(?<!hundred and )(?<!thousand and )(?<num>\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?"
            + "|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|seven|eight|nine)|" + NUMBER_WORDS
            + "|a hundred|hundreds|a dozen|dozens|tens of thousands|thousands|scores)";
    private static final String MONTHS = "January|February|March|April|May|June|July|August|September|October|November"
            + "|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec";
    /** Words that say a number counts time or distance, not people. */
    private static final String UNITS = "seconds?|minutes?|hours?|days?|weeks?|months?|years?|times|percent|km|miles|metres|meters"
            + "|kilometres|kilometers";
    /**
     * Up to three words naming who was counted ("civilians", "young Assyrians", "White Helmets rescuers"): any words
     * but those that end the count's phrase (prepositions, conjunctions, relatives, auxiliaries) or say it counts
     * time ("3 days") or make it a date ("21 May"), so that "one of the 3 towns where …" or "In 2015 …" never reaches a
     * casualty verb. "Of" only in "dozens of people" and "five of them".
     */
    private static final String PEOPLE = "(?:(?<=dozens|hundreds|thousands|scores)\\s+of|\\s+of\\s+them)?"
            + "(?:\\s+(?!(?:of|in|on|at|to|for|from|by|with|and|or|but|as|after|before|since|during|when|where"
            + "|while|which|who|whom|that|than|were|was|are|is|have|has|had|been|be|the|a|an|this|these|those|its|their|his|her"
            + "|" + UNITS + "|" + NUMBER_WORDS + "|" + MONTHS + ")\\b)"
            + "[\\p{L}'’-]+){0,3}?";
    /**
     * An aside between the count and its verb: "10 people, including seven children, were killed", "23 civilians -
     * including nine children - dead". It names no verb, so that the verb after it is the count's own; an aside that
     * no punctuation closes must be followed by a finite verb ("were killed", "died"), or "16 civilians including one
     * child and wounded 22" would read the 16 as wounded.
     */
    private static final String ASIDE = "(?<aside>\\s*[,(–—-]?\\s*(?:including|among them|among whom|of whom|mostly|most of them|many of them"
            + "|some of them|all of them)\\b(?:(?!\\b(?:killed|dead|died|wounded|injured|were|was|are|is|have|has|had|who|which|that)\\b)"
            + "[^.;:!?]){1,80}?(?<closed>[,)–—-])?)?";
    private static final String AUX = "(?:\\s+(?<aux>were|was|are|is|have|has|had)(?:\\s+(?:so far|reportedly|also|all|now|allegedly))?"
            + "(?:\\s+been)?|\\s+(?:reportedly|also|all))?";
    /**
     * "February 6 killed …": a day of the month is no count; nor is an age ("a man aged 25 was killed") or a year
     * after a preposition ("in 2015 protesters were killed") or ending a date ("Feb 21 2016 Twin blasts killed …").
     */
    private static final String NOT_A_DAY = "(?<!(?:" + MONTHS + ")\\.?\\s)(?<!\\baged\\s)(?<!\\bage of\\s)"
            + "(?!(?<=\\b(?:in|since|by|during|until|before|after|of|from)\\s)(?:19|20)\\d\\d\\b)"
            + "(?!(?<=(?:" + MONTHS + ")\\.?\\s\\d{1,2},?\\s|\\d{1,2}\\s(?:" + MONTHS + ")\\.?,?\\s)(?:19|20)\\d\\d\\b)";
    /**
     * "Bombs on two towns killed 43 people": a verb with a count after it is the killing done, not the killed; unless
     * that count has a verb of its own, as in a headline's "20 people killed 30 others injured".
     */
    private static final String NOT_AN_ACTIVE_VERB = "(?!\\s+(?:(?:" + QUALIFIER_WORDS + ")\\s+)?(?:\\d+|(?:" + NUMBER_WORDS
            + "|dozens|hundreds|thousands|scores))\\b(?!(?:\\s+[\\p{L}'’-]+){0,2}?\\s+(?:injured|wounded|hurt|dead|killed|arrested)\\b))";
    private static final Pattern COUNT_THEN_VERB = Pattern.compile("(?i)\\b(?:" + QUALIFIER + ")?" + NOT_A_DAY + NUMBER + PEOPLE + ASIDE + AUX
            + "\\s+(?:shot\\s+)?(?<verb>killed|dead|died|die|dies|deaths|executed|martyred|martyrs|lost their lives|injured|wounded|hurt"
            + "|arrested|detained)\\b" + NOT_AN_ACTIVE_VERB);
    private static final Pattern VERB_THEN_COUNT = Pattern.compile("(?i)\\b(?<verb>kill|kills|killing|killed|executed|executing|injuring|injured"
            + "|wounding|wounded|arresting|arrested|detaining|claimed the lives of|claiming the lives of)\\s+(?:"
            + QUALIFIER + ")?" + NUMBER + "\\b");
    /**
     * "killed 50 militants and eight civilians": a second count coordinated with the first has the same verb; not
     * "killed 4 people and 2 days later …".
     */
    private static final Pattern AND_COUNT = Pattern.compile("(?i)\\G" + PEOPLE + "\\s+and\\s+(?:" + QUALIFIER + ")?" + NUMBER
            + "\\b(?!\\s+(?:" + UNITS + "|later|earlier|ago)\\b)");
    /**
     * "Six civilians were among at least 22 killed": a part of the dead is a count of deaths too. Not "rebels from
     * the six families were among the dead": there the number is no count of the dead.
     */
    private static final Pattern AMONG_THE_DEAD = Pattern.compile("(?i)(?<!\\b(?:the|of|from)\\s)\\b(?:" + QUALIFIER + ")?" + NOT_A_DAY + NUMBER + PEOPLE + ASIDE
            + "\\s+(?<among>(?:were|are)\\s+(?:reportedly\\s+|also\\s+)?among)\\s+(?:[^\\s.;:!?]+\\s+){0,6}?(?:killed|dead|victims)\\b");
    /** "10 of those killed were civilians". */
    private static final Pattern OF_THE_DEAD = Pattern.compile("(?i)\\b" + NOT_A_DAY + NUMBER + "\\s+of\\s+(?:the|those)\\s+(?:killed|dead|victims)\\b");
    /** "leading to the death of five civilians", "the killing of one person", "resulting in the martyrdom of 3". */
    private static final Pattern DEATH_OF = Pattern.compile("(?i)\\b(?:deaths?|killing|killings|martyrdom)\\s+of\\s+(?:" + QUALIFIER + ")?"
            + NUMBER + "\\b");
    /** "claimed more than 100 civilian lives", "claiming 4 martyrs". */
    private static final Pattern CLAIMED_LIVES = Pattern.compile("(?i)\\bclaim(?:s|ed|ing)?\\s+(?:" + QUALIFIER + ")?" + NUMBER
            + "(?:\\s+[\\p{L}-]+)?\\s+(?:lives|martyrs|victims)\\b");
    /**
     * "the death toll rose to 86", "put the death toll at six", "the number of victims has reached 70", and a
     * headline's "Death toll from Aleppo bomb attack at least 112", where a qualifier stands for the verb.
     */
    private static final String TOLL_VERBS = "to|at|of|reached|reaches|stands at|stood at|was|is|hit";
    private static final Pattern TOLL = Pattern.compile("(?i)\\b(?:death tolls?|number of (?:the )?(?:dead|deaths|victims|fatalities"
            + "|[\\p{L}-]+ killed))\\s+(?:[^\\s.;:!?]+\\s+){0,12}?(?=(?:" + TOLL_VERBS + "|" + QUALIFIER_WORDS + ")\\s)"
            + "(?:(?:" + TOLL_VERBS + ")\\s+)?(?:" + QUALIFIER + ")?" + NUMBER + "\\b");
    private static final Pattern MAGNITUDE = Pattern.compile("(?i)\\b(?:magnitude[\\s-](?<a>\\d(?:\\.\\d)?)|(?<b>\\d(?:\\.\\d)?)[\\s-]magnitude)\\b");
    private static final Pattern LENGTH = Pattern.compile("(?i)\\b(?<num>\\d+(?:[.,]\\d+)?)[\\s-](?<unit>metres?|meters?|m|kilometres?|kilometers?|km|feet|foot|ft)[\\s-]long\\b");

    /** Vague plurals: "dozens" is at least 24, "hundreds" at least 200. */
    private static final Map<String, Double> AT_LEAST = Map.of("dozens", 24.0, "scores", 40.0, "hundreds", 200.0,
            "thousands", 2000.0, "tens of thousands", 20000.0);

    private static final double MAX_COUNT = 1e10;

    /** The casualty rules, in order: where two read the same words, the first wins. */
    private static final List<Pattern> CASUALTIES = List.of(AMONG_THE_DEAD, COUNT_THEN_VERB, VERB_THEN_COUNT, OF_THE_DEAD,
            DEATH_OF, CLAIMED_LIVES, TOLL);
    /** Rules that read the count before the word that says what it counts; the others start at that word. */
    private static final Set<Pattern> COUNT_FIRST = Set.of(AMONG_THE_DEAD, COUNT_THEN_VERB, OF_THE_DEAD);
    /** The start of every word a casualty rule turns on: a sentence without one holds no casualty count. */
    private static final List<String> STEMS = List.of("kill", "dead", "die", "death", "execut", "martyr", "lost their lives",
            "injur", "wound", "hurt", "arrest", "detain", "victim", "claim", "number of");
    /** How far before its verb a count's phrase can start: qualifier, number, three words, an aside, an auxiliary. */
    private static final int COUNT_REACH = 280;

    public List<Found> find(String sentence) {
        List<Found> found = new ArrayList<>();
        String lower = sentence.toLowerCase(Locale.ROOT);
        // lowercasing keeps offsets in all but a few scripts; where it does not, the rules read the whole sentence
        boolean sameOffsets = lower.length() == sentence.length();
        int[] anchors = sameOffsets ? anchors(lower) : new int[0];
        for (Pattern p : CASUALTIES) {
            Matcher m = p.matcher(sentence).useTransparentBounds(true).useAnchoringBounds(false);
            if (!sameOffsets) {
                while (m.find()) read(found, sentence, p, m);
            }
            for (int anchor : anchors) {
                // the rules run only around the words they turn on, not over the whole sentence
                if (COUNT_FIRST.contains(p)) {
                    int end = Math.min(sentence.length(), anchor + 20);
                    for (int w = wordStartAfter(lower, Math.max(0, anchor - COUNT_REACH)); w < anchor; w = wordStartAfter(lower, w + 1)) {
                        if (!mayStartCount(lower, w)) continue;
                        m.region(w, end);
                        if (m.lookingAt()) {
                            read(found, sentence, p, m);
                            w = m.end() - 1;
                        }
                    }
                } else {
                    m.region(anchor, sentence.length());
                    if (m.lookingAt()) read(found, sentence, p, m);
                }
            }
        }
        if (lower.contains("magnitude")) {
            Matcher mag = MAGNITUDE.matcher(sentence);
            while (mag.find()) {
                String n = mag.group("a") != null ? mag.group("a") : mag.group("b");
                found.add(new Found(mag.start(), mag.end(), mag.group(), "magnitude", new QuantityValue("", Double.parseDouble(n), "")));
            }
        }
        if (lower.contains("long")) {
            Matcher len = LENGTH.matcher(sentence);
            while (len.find()) {
                double amount = Double.parseDouble(len.group("num").replace(",", ""));
                String unit = len.group("unit").toLowerCase(Locale.ROOT);
                double metres = unit.startsWith("k") ? amount * 1000 : unit.startsWith("f") ? amount * 0.3048 : amount;
                found.add(new Found(len.start(), len.end(), len.group(), "length", new QuantityValue("", Math.round(metres * 10) / 10.0, "m")));
            }
        }
        return found;
    }

    /** First words of a qualifier or a number: where a count's phrase can start. */
    private static final Set<String> COUNT_STARTS = Set.of(("at more over nearly almost about around roughly some up fewer less"
            + " approximately as a tens hundreds dozens thousands scores " + NUMBER_WORDS.replace('|', ' ')).split(" "));

    /** The start of the first word at or after {@code from}. */
    private static int wordStartAfter(String text, int from) {
        int i = from;
        while (i < text.length() && (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1)) || !Character.isLetterOrDigit(text.charAt(i)))) i++;
        return i;
    }

    /** Whether the word at {@code w} is a digit or a word in {@link #COUNT_STARTS}: most words are neither, and are not tried. */
    private static boolean mayStartCount(String lower, int w) {
        if (Character.isDigit(lower.charAt(w))) return true;
        int e = w;
        while (e < lower.length() && Character.isLetter(lower.charAt(e))) e++;
        return e - w <= 13 && COUNT_STARTS.contains(lower.substring(w, e));
    }

    /** Where a word starting with one of the {@link #STEMS} starts, in text order (the lowercased sentence). */
    private static int[] anchors(String lower) {
        int[] at = new int[4];
        int n = 0;
        for (String stem : STEMS) {
            for (int i = lower.indexOf(stem); i >= 0; i = lower.indexOf(stem, i + 1)) {
                if (i > 0 && Character.isLetterOrDigit(lower.charAt(i - 1))) continue;
                if (n == at.length) at = java.util.Arrays.copyOf(at, n * 2);
                at[n++] = i;
            }
        }
        int[] sorted = java.util.Arrays.copyOf(at, n);
        java.util.Arrays.sort(sorted);
        return sorted;
    }

    private static void read(List<Found> found, String sentence, Pattern p, Matcher m) {
        boolean hasVerb = p == COUNT_THEN_VERB || p == VERB_THEN_COUNT;
        String attribute = hasVerb ? attributeOf(m.group("verb")) : "deaths";
        // "Six civilians were among …": the count is the subject; the dead it is among are counted on their own
        int end = p == AMONG_THE_DEAD ? m.start("among") : m.end();
        if (p == COUNT_THEN_VERB && m.group("aside") != null && m.group("closed") == null && m.group("aux") == null
                && !m.group("verb").toLowerCase(Locale.ROOT).startsWith("di")) {
            return;
        }
        add(found, m.start(), end, sentence, attribute, p == OF_THE_DEAD ? null : m.group("qual"), m.group("num"),
                p == COUNT_THEN_VERB ? m.group("aux") : null);
        if (p == VERB_THEN_COUNT) {
            Matcher and = AND_COUNT.matcher(sentence).region(m.end(), sentence.length());
            if (and.lookingAt()) {
                add(found, and.group("qual") != null ? and.start("qual") : and.start("num"), and.end(), sentence, attribute,
                        and.group("qual"), and.group("num"), null);
            }
        }
    }
    private static void add(List<Found> found, int start, int end, String sentence, String attribute, String qualifier,
                            String number, String auxiliary) {
        while (end > start && Character.isWhitespace(sentence.charAt(end - 1))) end--;
        if (overlaps(found, start, end)) return;
        QuantityValue value = count(qualifier, number);
        if (value == null) return;
        // "a man aged 25 was killed": a singular verb counts one, whatever number stands before it
        if (auxiliary != null && Set.of("was", "is", "has").contains(auxiliary.toLowerCase(Locale.ROOT)) && value.amount() != 1) return;
        found.add(new Found(start, end, sentence.substring(start, end), attribute, value));
    }

    private static boolean overlaps(List<Found> found, int start, int end) {
        return found.stream().anyMatch(f -> start < f.end() && f.start() < end);
    }

    private static String attributeOf(String verb) {
        String v = verb.toLowerCase(Locale.ROOT);
        if (v.startsWith("kill") || v.startsWith("execut") || v.startsWith("claim") || v.startsWith("martyr") || v.startsWith("di")
                || v.startsWith("dea") || v.startsWith("lost")) {
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
