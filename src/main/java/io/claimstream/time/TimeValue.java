package io.claimstream.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.regex.Pattern;

/**
 * A normalized point or stretch of calendar time: the TIMEX3-style value an article's words denote
 * ("2022-01-12", "2022-01-09/2022-01-10", "2019-07", "2019-SU", "2019", "2022-W02") and the days it covers.
 * Two values can both be true exactly when their days overlap: July 2019 and 2019 can; March 5 and
 * December 5 cannot.
 */
public record TimeValue(String value, LocalDate first, LocalDate last, Granularity granularity) {

    public enum Granularity { DAY, DAYS, WEEK, MONTH, MONTHS, SEASON, YEAR, YEARS }

    // compiled once: a claim's time value is parsed several times on its way through the topology
    private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}"), ISO_MONTH = Pattern.compile("\\d{4}-\\d{2}"),
            ISO_SEASON = Pattern.compile("\\d{4}-(SP|SU|FA|WI)"), ISO_WEEK = Pattern.compile("\\d{4}-W\\d{2}"),
            ISO_YEAR = Pattern.compile("\\d{4}");

    public static TimeValue day(LocalDate d) {
        return new TimeValue(d.toString(), d, d, Granularity.DAY);
    }

    public static TimeValue days(LocalDate first, LocalDate last) {
        return first.equals(last) ? day(first) : new TimeValue(first + "/" + last, first, last, Granularity.DAYS);
    }

    public static TimeValue week(LocalDate anyDay) {
        LocalDate monday = anyDay.minusDays(anyDay.getDayOfWeek().getValue() - 1L);
        String value = String.format("%d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR),
                monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        return new TimeValue(value, monday, monday.plusDays(6), Granularity.WEEK);
    }

    public static TimeValue month(YearMonth m) {
        return new TimeValue(m.toString(), m.atDay(1), m.atEndOfMonth(), Granularity.MONTH);
    }

    public static TimeValue months(YearMonth first, YearMonth last) {
        return first.equals(last) ? month(first)
                : new TimeValue(first + "/" + last, first.atDay(1), last.atEndOfMonth(), Granularity.MONTHS);
    }

    public static TimeValue year(int year) {
        requireFourDigits(year);
        return new TimeValue(Integer.toString(year), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
                Granularity.YEAR);
    }

    public static TimeValue years(int first, int last) {
        requireFourDigits(first);
        requireFourDigits(last);
        return new TimeValue(first + "/" + last, LocalDate.of(first, 1, 1), LocalDate.of(last, 12, 31), Granularity.YEARS);
    }

    /**
     * Meteorological seasons of the northern hemisphere. Winter is taken loosely, from the December before
     * to the February after, because "the winter of 2019" is used for both.
     */
    public static TimeValue season(int year, String code) {
        LocalDate first, last;
        switch (code) {
            case "SP" -> { first = LocalDate.of(year, 3, 1); last = LocalDate.of(year, 5, 31); }
            case "SU" -> { first = LocalDate.of(year, 6, 1); last = LocalDate.of(year, 8, 31); }
            case "FA" -> { first = LocalDate.of(year, 9, 1); last = LocalDate.of(year, 11, 30); }
            case "WI" -> { first = LocalDate.of(year - 1, 12, 1); last = YearMonth.of(year + 1, 2).atEndOfMonth(); }
            default -> throw new IllegalArgumentException("season code " + code);
        }
        return new TimeValue(year + "-" + code, first, last, Granularity.SEASON);
    }

    /** Values are written with four-digit years ("150 decades ago" is no date this format can say). */
    private static void requireFourDigits(int year) {
        if (year < 1000 || year > 9999) throw new IllegalArgumentException("year " + year + " has not four digits");
    }

    /** Reads back a value this class wrote: "2022-01-12", "2022-01-09/2022-01-10", "2019-07", "2019-SU", "2022-W02"… */
    public static TimeValue parse(String value) {
        int slash = value.indexOf('/');
        if (slash > 0) {
            TimeValue a = parse(value.substring(0, slash)), b = parse(value.substring(slash + 1));
            Granularity g = a.granularity == Granularity.DAY ? Granularity.DAYS
                    : a.granularity == Granularity.MONTH ? Granularity.MONTHS : Granularity.YEARS;
            return new TimeValue(value, a.first, b.last, g);
        }
        if (ISO_DAY.matcher(value).matches()) return day(LocalDate.parse(value));
        if (ISO_MONTH.matcher(value).matches()) return month(YearMonth.parse(value));
        if (ISO_SEASON.matcher(value).matches()) return season(Integer.parseInt(value.substring(0, 4)), value.substring(5));
        if (ISO_WEEK.matcher(value).matches()) {
            LocalDate jan4 = LocalDate.of(Integer.parseInt(value.substring(0, 4)), 1, 4);
            return week(jan4.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Long.parseLong(value.substring(6))));
        }
        if (ISO_YEAR.matcher(value).matches()) return year(Integer.parseInt(value));
        throw new IllegalArgumentException("not a time value: " + value);
    }

    public boolean overlaps(TimeValue other) {
        return !first.isAfter(other.last) && !other.first.isAfter(last);
    }

    public boolean isSingleDay() {
        return granularity == Granularity.DAY;
    }
}
