package io.claimstream.time;

import io.claimstream.text.Sentence;
import io.claimstream.text.TextSearch;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds time expressions in a sentence and normalizes them against the article's publication date and the
 * tense of the sentence. Year-less dates follow the tense at month level (as HeidelTime does): a future
 * "December 5" in January is this December, a past "December 31" in January is last December; without a
 * tense the nearest occurrence wins. A date written in parentheses right after another ("January 13
 * (December 23)") is the same day in another calendar and is dropped.
 */
public final class TemporalNormalizer {
    /** A month's name, or its abbreviation with or without its dot ("Jan." but not the full stop after "January."). */
    private static final String MONTH = "(?<month>January|February|March|April|May|June|July|August|September|October|November|December"
            + "|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?)";
    private static final String WEEKDAY = "(?<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private static final String ORD = "(?:st|nd|rd|th)?";
    private static final String YEAR = "(?<year>(?:19|20)\\d{2})";
    /** A year by number, or by its place next to the article's ("late last year", "the first half of next year"). */
    private static final String YEAR_OR_RELATIVE = "(?:" + YEAR + "|(?i:(?<relyear>last|this|next)\\s+year))";
    private static final String MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|November|December";
    private static final String RANGE = "\\s*(?:-|–|—|to|and|through|until)\\s*";
    private static final String NUMBER = "(?<n>\\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several)";

    private enum Kind { ISO, MONTH_DAY_RANGE, DAY_MONTH_RANGE, MONTH_DAY, DAY_MONTH, DAY_ALONE, PART_OF_MONTH, MONTH_YEAR, SEASON,
        RELATIVE_SEASON, PART_OF_YEAR, YEAR, MONTH_ALONE, RELATIVE_DAY, WEEKEND, RELATIVE_UNIT, AGO, WEEKDAY }

    private record Rule(Kind kind, Pattern pattern) {
        Rule(Kind kind, String regex) {
            this(kind, Pattern.compile(regex));
        }
    }

    /** Longer, more specific forms first: at each position the first rule that matches wins. */
    private static final List<Rule> RULES = List.of(
            new Rule(Kind.ISO, "\\b(?<iso>\\d{4}-\\d{2}-\\d{2})\\b"),
            new Rule(Kind.MONTH_DAY_RANGE, "\\b(?:from\\s+|between\\s+)?" + MONTH + "\\s+(?<d1>\\d{1,2})" + ORD + RANGE
                    + "(?:" + "(?<month2>January|February|March|April|May|June|July|August|September|October|November|December)\\s+)?"
                    + "(?<d2>\\d{1,2})" + ORD + "\\b(?:,?\\s+" + YEAR + ")?"),
            new Rule(Kind.DAY_MONTH_RANGE, "\\b(?:from\\s+|between\\s+)?(?<d1>\\d{1,2})" + ORD + RANGE + "(?<d2>\\d{1,2})" + ORD
                    + "\\s+(?:of\\s+)?" + MONTH + "(?:,?\\s+" + YEAR + ")?"),
            new Rule(Kind.MONTH_DAY, "\\b(?:" + WEEKDAY + ",?\\s+(?:the\\s+)?)?" + MONTH + "\\s+(?<d1>\\d{1,2})" + ORD
                    + "\\b(?!:)(?:,?\\s+" + YEAR + "\\b)?"),
            new Rule(Kind.DAY_MONTH, "\\b(?:" + WEEKDAY + ",?\\s+(?:the\\s+)?)?(?<d1>\\d{1,2})" + ORD + "\\s+(?:of\\s+)?" + MONTH
                    + "(?:,?\\s+" + YEAR + "\\b)?"),
            // "on the 12th": the month is the article's, or the one next to it that the tense points to; not "the 12th of …"
            new Rule(Kind.DAY_ALONE, "(?i)\\bon\\s+the\\s+(?<d1>\\d{1,2})(?:st|nd|rd|th)\\b(?!\\s+(?:of|day|anniversary|century|floor|round"
                    + "|time|birthday|consecutive|straight|" + MONTH_NAMES + ")\\b)"),
            new Rule(Kind.PART_OF_MONTH, "(?i:\\b(?<part>early|mid|late|the\\s+end\\s+of|the\\s+beginning\\s+of|the\\s+middle\\s+of))[\\s-]+" + MONTH
                    + "(?:,?\\s+" + YEAR + ")?\\b"),
            new Rule(Kind.MONTH_YEAR, "\\b" + MONTH + "(?:\\s+of)?,?\\s+" + YEAR + "\\b"),
            new Rule(Kind.SEASON, "(?i:\\b(?:the\\s+)?(?<season>spring|summer|autumn|fall|winter))(?:\\s+of)?\\s+" + YEAR + "\\b"),
            new Rule(Kind.RELATIVE_SEASON, "(?i)\\b(?<rel>last|this|next|past|coming)\\s+(?<season>spring|summer|autumn|fall|winter)\\b"),
            new Rule(Kind.PART_OF_YEAR, "(?i:\\b(?<part>early|mid|late|the\\s+end\\s+of|the\\s+beginning\\s+of|the\\s+middle\\s+of"
                    + "|the\\s+first\\s+half\\s+of|the\\s+second\\s+half\\s+of))[\\s-]+" + YEAR_OR_RELATIVE + "\\b"),
            new Rule(Kind.YEAR, "(?i:\\b(?:in|since|of|by|from|until|till|before|after|during|throughout|and|to|year))\\s+" + YEAR
                    + "\\b(?![-/.,]?\\d)"),
            new Rule(Kind.MONTH_ALONE, "(?i:\\b(?<rel>in|since|by|until|during|last|next|this|early|late|mid|on))[\\s-]+"
                    + "(?<month>January|February|March|April|May|June|July|August|September|October|November|December)\\b"
                    + "(?!\\s*,?\\s*(?:of\\s+)?\\d)"),
            new Rule(Kind.RELATIVE_DAY, "(?i)\\b(?<rel>the\\s+day\\s+before\\s+yesterday|the\\s+day\\s+after\\s+tomorrow|today|tonight"
                    + "|yesterday|tomorrow)(?:'s)?\\b"),
            new Rule(Kind.WEEKEND, "(?i)\\b(?:(?<rel>last|this|next|coming|past)|(?:over|during|at|on)\\s+the)\\s+weekend\\b"),
            new Rule(Kind.RELATIVE_UNIT, "(?i)\\b(?<rel>last|this|next|past|coming)\\s+(?<unit>week|month|year)(?:'s)?\\b"),
            new Rule(Kind.AGO, "(?i)\\b" + NUMBER + "\\s+(?<unit>day|week|month|year|decade)s?\\s+ago\\b"),
            new Rule(Kind.WEEKDAY, "\\b(?:(?i:last|next|this)\\s+)?" + WEEKDAY + "(?:'s)?\\b"));

    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1),
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("several", 3));

    /**
     * All time expressions of the sentence, left to right, without overlaps: at each position the leftmost match
     * wins, and of matches starting together the earlier rule. Each rule's matcher only moves forward, so the work
     * grows with the sentence, not with the square of its expressions.
     */
    public List<TimeMention> find(Sentence sentence, LocalDate documentDate) {
        String text = sentence.text();
        Matcher[] matchers = new Matcher[RULES.size()];
        TimeMention[] next = new TimeMention[RULES.size()];
        boolean[] exhausted = new boolean[RULES.size()];
        Cues cues = Cues.of(text);
        for (int r = 0; r < RULES.size(); r++) exhausted[r] = !cues.mayMatch(RULES.get(r).kind);
        List<TimeMention> found = new ArrayList<>();
        int position = 0;
        while (true) {
            TimeMention best = null;
            for (int r = 0; r < RULES.size(); r++) {
                if (exhausted[r]) continue;
                if (next[r] == null || next[r].start() < position) {
                    if (matchers[r] == null) matchers[r] = RULES.get(r).pattern.matcher(text);
                    next[r] = nextMatch(RULES.get(r).kind, matchers[r], position, sentence, documentDate);
                    if (next[r] == null) {
                        exhausted[r] = true;
                        continue;
                    }
                }
                if (best == null || next[r].start() < best.start()) best = next[r];
            }
            if (best == null) return found;
            if (!isCalendarEquivalent(text, found, best)) found.add(best);
            position = best.end();
        }
    }

    private static final List<String> MONTH_PREFIXES = List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
            "Oct", "Nov", "Dec");

    /**
     * The words the rules cannot match without, looked for once per sentence: most sentences have no month, no digit
     * or no "ago", and a few substring searches spare running the rules that need them.
     */
    private record Cues(boolean digit, boolean year, boolean month, boolean relativeDay, boolean relativeUnit, boolean ago,
                        boolean day, boolean yearWord, boolean season, boolean weekend) {
        static Cues of(String text) {
            String lower = text.toLowerCase(Locale.ROOT);
            return new Cues(TextSearch.hasDigit(text), hasYear(text), hasMonth(text),
                    lower.contains("today") || lower.contains("tonight") || lower.contains("yesterday") || lower.contains("tomorrow"),
                    lower.contains("week") || lower.contains("month") || lower.contains("year"), lower.contains("ago"), text.contains("day"),
                    lower.contains("year"), lower.contains("spring") || lower.contains("summer") || lower.contains("autumn")
                            || lower.contains("fall") || lower.contains("winter"), lower.contains("weekend"));
        }

        boolean mayMatch(Kind kind) {
            return switch (kind) {
                case ISO -> digit;
                case YEAR, SEASON -> year;
                case PART_OF_YEAR -> year || yearWord;
                case RELATIVE_SEASON -> season;
                case DAY_ALONE -> digit;
                case WEEKEND -> weekend;
                case MONTH_YEAR -> year && month;
                case MONTH_DAY_RANGE, DAY_MONTH_RANGE, MONTH_DAY, DAY_MONTH -> digit && month;
                case PART_OF_MONTH, MONTH_ALONE -> month;
                case RELATIVE_DAY -> relativeDay;
                case RELATIVE_UNIT -> relativeUnit;
                case AGO -> ago;
                case WEEKDAY -> day;
            };
        }
    }

    /** Four digits starting 19 or 20, as every rule with a year needs. */
    private static boolean hasYear(String text) {
        for (int i = 0; i + 4 <= text.length(); i++) {
            char c = text.charAt(i), d = text.charAt(i + 1);
            if ((c == '1' && d == '9' || c == '2' && d == '0') && Character.isDigit(text.charAt(i + 2))
                    && Character.isDigit(text.charAt(i + 3))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasMonth(String text) {
        for (String month : MONTH_PREFIXES) {
            if (text.contains(month)) return true;
        }
        return false;
    }

    /**
     * Whether the sentence may hold a time expression: some rule whose words are there matches somewhere. Cheaper
     * than {@link #find}, which needs the sentence tagged, and true wherever {@code find} finds something.
     */
    public boolean mayFind(String text) {
        Cues cues = Cues.of(text);
        for (Rule rule : RULES) {
            if (cues.mayMatch(rule.kind) && rule.pattern.matcher(text).find()) return true;
        }
        return false;
    }

    /** The rule's first match at or after {@code from} that denotes a date ("February 30" does not). */
    private TimeMention nextMatch(Kind kind, Matcher m, int from, Sentence s, LocalDate dct) {
        while (from <= m.regionEnd() && m.find(from)) {
            TimeValue value = normalize(kind, m, s, dct);
            if (value != null) return new TimeMention(m.start(), m.end(), m.group(), value);
            from = m.start() + 1;
        }
        return null;
    }

    /** "January 13 (December 23)": the parenthesised date restates the one before it in another calendar. */
    private static boolean isCalendarEquivalent(String text, List<TimeMention> found, TimeMention m) {
        if (found.isEmpty()) return false;
        TimeMention previous = found.get(found.size() - 1);
        String between = text.substring(previous.end(), m.start());
        return between.matches("\\s*\\(\\s*") && text.substring(m.end()).matches("(?s)\\s*\\).*");
    }

    private TimeValue normalize(Kind kind, Matcher m, Sentence s, LocalDate dct) {
        try {
            return switch (kind) {
                case ISO -> TimeValue.day(LocalDate.parse(m.group("iso")));
                case MONTH_DAY_RANGE, DAY_MONTH_RANGE -> dayRange(m, s, dct);
                case MONTH_DAY, DAY_MONTH -> singleDay(m, s, dct);
                case PART_OF_MONTH -> partOfMonth(m, s, dct);
                case MONTH_YEAR -> TimeValue.month(YearMonth.of(year(m), month(m.group("month"))));
                case SEASON -> TimeValue.season(year(m), seasonCode(m.group("season")));
                case PART_OF_YEAR -> partOfYear(m.group("part"), m.group("year") != null ? year(m) : relativeYear(m.group("relyear"), dct));
                case RELATIVE_SEASON -> relativeSeason(m.group("rel"), seasonCode(m.group("season")), dct);
                case DAY_ALONE -> dayAlone(Integer.parseInt(m.group("d1")), tense(s, m), dct);
                case WEEKEND -> weekend(m.group("rel"), tense(s, m), dct);
                case YEAR -> TimeValue.year(year(m));
                case MONTH_ALONE -> monthAlone(m, s, dct);
                case RELATIVE_DAY -> relativeDay(m.group("rel"), dct);
                case RELATIVE_UNIT -> relativeUnit(m.group("rel"), m.group("unit"), dct);
                case AGO -> ago(m, dct);
                case WEEKDAY -> weekday(m, s, dct);
            };
        } catch (java.time.DateTimeException | IllegalArgumentException e) {
            return null; // "February 30" and its kind are not dates
        }
    }

    private TimeValue singleDay(Matcher m, Sentence s, LocalDate dct) {
        int month = month(m.group("month"));
        int day = Integer.parseInt(m.group("d1"));
        if (m.group("year") != null) return TimeValue.day(LocalDate.of(year(m), month, day));
        MonthDay md = MonthDay.of(month, day);
        String weekday = m.group("weekday");
        int year = chooseYear(md, tense(s, m), dct, weekday == null ? null : DayOfWeek.valueOf(weekday.toUpperCase(Locale.ROOT)));
        return TimeValue.day(md.atYear(year));
    }

    private TimeValue dayRange(Matcher m, Sentence s, LocalDate dct) {
        int month1 = month(m.group("month"));
        String secondMonth = optionalGroup(m, "month2");
        int month2 = secondMonth != null ? month(secondMonth) : month1;
        int d1 = Integer.parseInt(m.group("d1")), d2 = Integer.parseInt(m.group("d2"));
        int year = m.group("year") != null ? year(m) : chooseYear(MonthDay.of(month1, d1), tense(s, m), dct, null);
        LocalDate first = LocalDate.of(year, month1, d1);
        LocalDate last = LocalDate.of(month2 < month1 ? year + 1 : year, month2, d2);
        if (last.isBefore(first)) return null;
        return TimeValue.days(first, last);
    }

    private TimeValue partOfMonth(Matcher m, Sentence s, LocalDate dct) {
        int month = month(m.group("month"));
        int year = m.group("year") != null ? year(m) : chooseYear(MonthDay.of(month, 15), tense(s, m), dct, null);
        YearMonth ym = YearMonth.of(year, month);
        String part = m.group("part").toLowerCase(Locale.ROOT);
        if (part.startsWith("early") || part.contains("beginning")) return TimeValue.days(ym.atDay(1), ym.atDay(10));
        if (part.startsWith("mid") || part.contains("middle")) return TimeValue.days(ym.atDay(11), ym.atDay(20));
        return TimeValue.days(ym.atDay(21), ym.atEndOfMonth());
    }

    private static int relativeYear(String rel, LocalDate dct) {
        return dct.getYear() + switch (rel.toLowerCase(Locale.ROOT)) {
            case "last" -> -1;
            case "next" -> 1;
            default -> 0;
        };
    }

    /**
     * "Last summer" is the latest summer over by the article's day, "next summer" the first not begun, "this summer"
     * the article's year's. A winter is counted by its January, as {@link TimeValue#season} spans it.
     */
    private static TimeValue relativeSeason(String rel, String code, LocalDate dct) {
        int month = dct.getMonthValue(), year = dct.getYear();
        int first = switch (code) {
            case "SP" -> 3;
            case "SU" -> 6;
            case "FA" -> 9;
            default -> 12;
        };
        int seasonYear = switch (rel.toLowerCase(Locale.ROOT)) {
            case "last", "past" -> code.equals("WI") ? (month >= 3 ? year : year - 1) : (month > first + 2 ? year : year - 1);
            case "next", "coming" -> code.equals("WI") ? year + 1 : (month < first ? year : year + 1);
            default -> code.equals("WI") ? (month <= 2 ? year : year + 1) : year;
        };
        return TimeValue.season(seasonYear, code);
    }

    /** "On the 12th": that day of the article's month, or of the month before or after, as the tense says. */
    private static TimeValue dayAlone(int day, Tense tense, LocalDate dct) {
        if (day < 1 || day > 31) throw new IllegalArgumentException("no month has a day " + day); // "on the 38th parallel"
        YearMonth here = YearMonth.from(dct);
        LocalDate thisMonth = here.isValidDay(day) ? here.atDay(day) : null;
        LocalDate before = thisMonth != null && !thisMonth.isAfter(dct) ? thisMonth : earlierMonthWith(here.minusMonths(1), day);
        LocalDate after = thisMonth != null && !thisMonth.isBefore(dct) ? thisMonth : laterMonthWith(here.plusMonths(1), day);
        return TimeValue.day(switch (tense) {
            case PAST -> before;
            case FUTURE -> after;
            default -> nearest(dct, before, after);
        });
    }

    private static LocalDate earlierMonthWith(YearMonth from, int day) {
        YearMonth m = from;
        while (!m.isValidDay(day)) m = m.minusMonths(1);
        return m.atDay(day);
    }

    private static LocalDate laterMonthWith(YearMonth from, int day) {
        YearMonth m = from;
        while (!m.isValidDay(day)) m = m.plusMonths(1);
        return m.atDay(day);
    }

    /**
     * Saturday and Sunday: "last weekend" the latest one over, "next weekend" the coming one (as "next Friday" is),
     * "this weekend" the article's own or coming one; "over the weekend" the latest one begun by the article's day, or
     * with a future tense the coming one.
     */
    private static TimeValue weekend(String rel, Tense tense, LocalDate dct) {
        LocalDate latest = dct.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
        LocalDate coming = dct.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
        boolean inWeekend = dct.getDayOfWeek() == DayOfWeek.SATURDAY || dct.getDayOfWeek() == DayOfWeek.SUNDAY;
        LocalDate saturday = rel == null
                ? (tense == Tense.FUTURE && !inWeekend ? coming : latest)
                : switch (rel.toLowerCase(Locale.ROOT)) {
                    case "last", "past" -> inWeekend ? latest.minusWeeks(1) : latest;
                    case "next", "coming" -> inWeekend ? latest.plusWeeks(1) : coming;
                    default -> inWeekend ? latest : coming;
                };
        return TimeValue.days(saturday, saturday.plusDays(1));
    }

    private static TimeValue partOfYear(String part, int year) {
        String p = part.toLowerCase(Locale.ROOT);
        if (p.contains("first half")) return TimeValue.months(YearMonth.of(year, 1), YearMonth.of(year, 6));
        if (p.contains("second half")) return TimeValue.months(YearMonth.of(year, 7), YearMonth.of(year, 12));
        if (p.startsWith("early") || p.contains("beginning")) return TimeValue.months(YearMonth.of(year, 1), YearMonth.of(year, 4));
        if (p.startsWith("mid") || p.contains("middle")) return TimeValue.months(YearMonth.of(year, 5), YearMonth.of(year, 8));
        return TimeValue.months(YearMonth.of(year, 9), YearMonth.of(year, 12));
    }

    private TimeValue monthAlone(Matcher m, Sentence s, LocalDate dct) {
        int month = month(m.group("month"));
        String rel = m.group("rel").toLowerCase(Locale.ROOT);
        Tense tense = switch (rel) {
            case "last", "since" -> Tense.PAST;
            case "next" -> Tense.FUTURE;
            default -> tense(s, m);
        };
        int year = chooseYear(MonthDay.of(month, 15), tense, dct, null);
        if (rel.equals("this")) year = dct.getYear();
        YearMonth ym = YearMonth.of(year, month);
        return switch (rel) {
            case "early" -> TimeValue.days(ym.atDay(1), ym.atDay(10));
            case "mid" -> TimeValue.days(ym.atDay(11), ym.atDay(20));
            case "late" -> TimeValue.days(ym.atDay(21), ym.atEndOfMonth());
            default -> TimeValue.month(ym);
        };
    }

    private static TimeValue relativeDay(String rel, LocalDate dct) {
        String r = rel.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return switch (r) {
            case "the day before yesterday" -> TimeValue.day(dct.minusDays(2));
            case "the day after tomorrow" -> TimeValue.day(dct.plusDays(2));
            case "yesterday" -> TimeValue.day(dct.minusDays(1));
            case "tomorrow" -> TimeValue.day(dct.plusDays(1));
            default -> TimeValue.day(dct);
        };
    }

    private static TimeValue relativeUnit(String rel, String unit, LocalDate dct) {
        int shift = switch (rel.toLowerCase(Locale.ROOT)) {
            case "last", "past" -> -1;
            case "next", "coming" -> 1;
            default -> 0;
        };
        return switch (unit.toLowerCase(Locale.ROOT)) {
            case "week" -> TimeValue.week(dct.plusWeeks(shift));
            case "month" -> TimeValue.month(YearMonth.from(dct).plusMonths(shift));
            default -> TimeValue.year(dct.getYear() + shift);
        };
    }

    private static TimeValue ago(Matcher m, LocalDate dct) {
        String n = m.group("n").toLowerCase(Locale.ROOT);
        int count = Character.isDigit(n.charAt(0)) ? Integer.parseInt(n) : NUMBER_WORDS.get(n);
        return switch (m.group("unit").toLowerCase(Locale.ROOT)) {
            case "day" -> TimeValue.day(dct.minusDays(count));
            case "week" -> TimeValue.week(dct.minusWeeks(count));
            case "month" -> TimeValue.month(YearMonth.from(dct).minusMonths(count));
            case "year" -> TimeValue.year(dct.getYear() - count);
            default -> TimeValue.years(dct.getYear() - 10 * count - 4, dct.getYear() - 10 * count + 4);
        };
    }

    private TimeValue weekday(Matcher m, Sentence s, LocalDate dct) {
        DayOfWeek day = DayOfWeek.valueOf(m.group("weekday").toUpperCase(Locale.ROOT));
        String lead = m.group().toLowerCase(Locale.ROOT);
        Tense tense = lead.startsWith("last") ? Tense.PAST : lead.startsWith("next") ? Tense.FUTURE : tense(s, m);
        LocalDate date = switch (tense) {
            case PAST -> dct.with(TemporalAdjusters.previousOrSame(day));
            case FUTURE -> dct.with(TemporalAdjusters.next(day));
            default -> nearest(dct, dct.with(TemporalAdjusters.previousOrSame(day)), dct.with(TemporalAdjusters.nextOrSame(day)));
        };
        return TimeValue.day(date);
    }

    /** Year of a year-less date: the tense decides at month level, else the occurrence nearest the document date. */
    static int chooseYear(MonthDay md, Tense tense, LocalDate dct, DayOfWeek weekday) {
        int year = dct.getYear();
        int chosen = switch (tense) {
            case FUTURE -> md.getMonthValue() < dct.getMonthValue() ? year + 1 : year;
            case PAST -> md.getMonthValue() > dct.getMonthValue() ? year - 1 : year;
            default -> nearest(dct, md.atYear(year - 1), md.atYear(year), md.atYear(year + 1)).getYear();
        };
        if (weekday != null && md.atYear(chosen).getDayOfWeek() != weekday) {
            for (int y : new int[] {year, year - 1, year + 1}) {
                if (md.isValidYear(y) && md.atYear(y).getDayOfWeek() == weekday) return y;
            }
        }
        return chosen;
    }

    private static LocalDate nearest(LocalDate dct, LocalDate... candidates) {
        LocalDate best = candidates[0];
        for (LocalDate c : candidates) {
            if (Math.abs(c.toEpochDay() - dct.toEpochDay()) < Math.abs(best.toEpochDay() - dct.toEpochDay())) best = c;
        }
        return best;
    }

    private static Tense tense(Sentence s, Matcher m) {
        int first = s.tokenAt(m.start());
        int last = Math.max(first, s.tokenAt(m.end() - 1));
        return Tense.around(s, first, Math.min(last, s.size() - 1));
    }

    /** A group only some rules have ("9 and 10 January" names no second month). */
    private static String optionalGroup(Matcher m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException noSuchGroup) {
            return null;
        }
    }

    private static int year(Matcher m) {
        return Integer.parseInt(m.group("year"));
    }

    static int month(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        String[] prefixes = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        for (int i = 0; i < prefixes.length; i++) {
            if (n.startsWith(prefixes[i])) return i + 1;
        }
        throw new IllegalArgumentException("month " + name);
    }

    private static String seasonCode(String season) {
        return switch (season.toLowerCase(Locale.ROOT)) {
            case "spring" -> "SP";
            case "summer" -> "SU";
            case "autumn", "fall" -> "FA";
            default -> "WI";
        };
    }
}
