package io.claimstream.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.claimstream.article.Article;
import io.claimstream.quantity.DurationValue;
import io.claimstream.quantity.QuantityValue;
import io.claimstream.text.Sentence;
import io.claimstream.text.SentenceAnalyzer;
import io.claimstream.time.TemporalNormalizer;
import io.claimstream.time.TimeMention;
import io.claimstream.time.TimeValue;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;

/**
 * Properties of extraction on any text: it never throws, the values it writes parse back, and its time grows
 * linearly with the length of an article. Tries are limited so that the class runs in well under a minute.
 *
 * <p>The examples at the end pin bugs this found once: stack overflows on long runs, a value that did not parse
 * back, and time that grew with the square of a sentence's expressions.
 */
class ExtractionPropertiesTest {
    /** Not thread-safe: jqwik runs the tries of a property one after the other. */
    private static final ClaimExtractor EXTRACTOR = new ClaimExtractor();
    private static final SentenceAnalyzer ANALYZER = new SentenceAnalyzer();
    private static final TemporalNormalizer NORMALIZER = new TemporalNormalizer();
    private static final Instant PUBLISHED = Instant.parse("2022-01-10T12:00:00Z");
    /** Starts a sentence that names an event with its parties, so that what follows is tagged and read. */
    private static final String EVENT = "Russian and American diplomats held talks in Geneva ";

    private static List<Claim> extract(ClaimExtractor extractor, String text) {
        return extractor.extract(new Article("prop", "test", null, null, text, PUBLISHED, null));
    }

    /** Every value a claim carries is in the form its attribute promises: it parses back to itself. */
    private static void assertWellFormed(List<Claim> claims) {
        for (Claim c : claims) {
            switch (c.attribute()) {
                case "date" -> assertThat(TimeValue.parse(c.value()).value()).isEqualTo(c.value());
                case "duration" -> DurationValue.parse(c.value());
                case "location" -> assertThat(c.value()).isNotBlank();
                default -> QuantityValue.parse(c.value());
            }
        }
    }

    // ---------------------------------------------------------------- never throws

    @Property(tries = 200)
    void extractionNeverThrowsOnArbitraryStrings(@ForAll("anyStrings") String text) {
        assertThatCode(() -> assertWellFormed(extract(EXTRACTOR, text))).doesNotThrowAnyException();
    }

    @Property(tries = 60)
    void extractionNeverThrowsOnAdversarialText(@ForAll("adversarial") String text) {
        assertThatCode(() -> assertWellFormed(extract(EXTRACTOR, text))).doesNotThrowAnyException();
    }

    @Property(tries = 40)
    void theNormalizerNeverThrowsAndItsMentionsAreWordsOfTheSentence(@ForAll("adversarialForTheNormalizer") String text,
                                                                    @ForAll("documentDates") LocalDate documentDate) {
        for (Sentence s : ANALYZER.analyze(text)) {
            List<TimeMention> found = NORMALIZER.find(s, documentDate);
            int end = 0;
            for (TimeMention m : found) {
                assertThat(m.start()).isGreaterThanOrEqualTo(end);
                assertThat(s.text().substring(m.start(), m.end())).isEqualTo(m.text());
                assertThat(TimeValue.parse(m.value().value()).value()).isEqualTo(m.value().value());
                end = m.end();
            }
        }
    }

    @Example
    void aMegabyteOfGarbageIsReadInBoundedTime() {
        Random random = new Random(20220110);
        String alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,;:-()/\"'!?\n\té中😀";
        String[] words = {"talks", "January", "9", "killed", "Geneva", "in", "met", "magnitude", "7.8", "-", "(", ")",
                "Council", "NATO", "Russian", "lasted", "hours", "at least", "2022-01-09", "yesterday", "."};
        StringBuilder text = new StringBuilder(1_000_100);
        while (text.length() < 1_000_000) {
            if (random.nextInt(4) == 0) {
                text.append(words[random.nextInt(words.length)]).append(' ');
            } else {
                text.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0, random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
            }
        }
        // its own extractor: the preemptive timeout runs the lambda on another thread
        List<Claim> claims = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> extract(new ClaimExtractor(), text.toString()));
        assertWellFormed(claims);
    }

    // ---------------------------------------------------------------- linear time

    /**
     * An article of 400 copies of a sentence takes at most about 8 times as long as one of 50 copies: medians of
     * three runs after a warm-up, a floor of 5 ms under the small one, and a slack of 3 for a noisy machine.
     */
    @Property(tries = 8)
    void extractionTimeGrowsLinearlyWithTheNumberOfSentences(@ForAll("eventSentences") String sentence) {
        String small = (sentence + " ").repeat(50), large = (sentence + " ").repeat(400);
        extract(EXTRACTOR, small); // warm-up
        double tSmall = Math.max(medianMillis(small), 5.0), tLarge = medianMillis(large);
        assertThat(tLarge).as("%.0f ms for 400 copies vs %.0f ms for 50 of: %s", tLarge, tSmall, sentence)
                .isLessThan(8 * tSmall * 3);
    }

    /**
     * Hostile text — a run of one piece (digits, brackets, regex-hostile pieces), nested parentheses, one long line of
     * printable characters — takes time linear in its length: 32,000 characters at most about 8 times as long as
     * 4,000, with the same floor and slack as above. After an event, so that the text is tagged and read.
     */
    @Property(tries = 12)
    void extractionTimeGrowsLinearlyWithTheLengthOfHostileText(@ForAll("hostileShapes") HostileShape shape) {
        String small = EVENT + shape.text(4_000), large = EVENT + shape.text(32_000);
        extract(EXTRACTOR, small); // warm-up
        double tSmall = Math.max(medianMillis(small), 5.0), tLarge = medianMillis(large);
        assertThat(tLarge).as("%.0f ms for 32,000 characters vs %.0f ms for 4,000 of %s", tLarge, tSmall, shape)
                .isLessThan(8 * tSmall * 3);
    }

    /** A way to make hostile text of any length. */
    record HostileShape(String name, java.util.function.IntFunction<String> make) {
        String text(int length) {
            return make.apply(length);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    @Provide
    Arbitrary<HostileShape> hostileShapes() {
        Arbitrary<HostileShape> runs = Arbitraries.of(PIECES).map(p -> new HostileShape("a run of '" + p + "'", n -> repeatTo(p, n)));
        Arbitrary<HostileShape> digits = Arbitraries.of(" hours.", " killed.", "").map(end ->
                new HostileShape("digits then '" + end + "'", n -> "7".repeat(n) + end));
        HostileShape nested = new HostileShape("nested parentheses", n -> "(".repeat(n / 2) + "January 13" + ")".repeat(n / 2));
        HostileShape line = new HostileShape("one line of printable characters", n -> {
            Random random = new Random(n);
            StringBuilder b = new StringBuilder(n);
            while (b.length() < n) b.append((char) (' ' + random.nextInt('~' - ' ' + 1)));
            return b.toString();
        });
        return Arbitraries.oneOf(runs, digits, Arbitraries.of(nested, line));
    }

    private static double medianMillis(String text) {
        double[] runs = new double[3];
        for (int i = 0; i < runs.length; i++) {
            long t0 = System.nanoTime();
            extract(EXTRACTOR, text);
            runs[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(runs);
        return runs[1];
    }

    // ---------------------------------------------------------------- generators

    /** Pieces of news text and of regex-hostile text, one of which is repeated or several of which are mixed. */
    private static final List<String> PIECES = List.of("a-", "1-", "January ", "Jan. ", "Jan.", "(", ")", "()", "((", "))",
            "9", "0", "-", "–", " ", ".", ",", "'s ", "9 and ", "12-13 ", "from March 23 to ", "between ", "magnitude ",
            "7.8-", "magnitude-", "at least ", "killed ", "killing ", "death toll ", "lasted ", "hours ", "-long ",
            "in Geneva ", "hosting ", "talks ", "met ", "Council ", "NATO ", "(NATO) ", "\\", "[", "*", "+", "?", "^",
            "$", "{1,3}", "|", "\n", "\t", "\u00A0", "’", "<", ">", "<b>", "http://", "date 2022-01-09 ",
            "MOSCOW, January 10. /TASS/. ", "2022-01-09", "1,000,", "1.1", "a'", "é", "中", "😀", "Friday, ",
            "the summer of ", "2019 ", "ago ", "three ", "twenty-one ", "mid-", "U.S. ", "(December 23) ");

    @Provide
    Arbitrary<String> adversarial() {
        Arbitrary<String> piece = Arbitraries.of(PIECES);
        // one piece repeated up to 100,000 characters; no event before it, so nothing in it is attached to an event
        Arbitrary<String> run = Combinators.combine(piece, Arbitraries.integers().between(1, 100_000).withDistribution(RandomDistribution.uniform()))
                .as((p, length) -> repeatTo(p, length));
        // many pieces after an event; at most 150, so at most 150 expressions in one sentence
        Arbitrary<String> mix = Combinators.combine(Arbitraries.of("", EVENT), piece.list().ofMaxSize(150))
                .as((start, pieces) -> start + String.join("", pieces));
        Arbitrary<String> nested = Combinators.combine(Arbitraries.integers().between(1, 50_000).withDistribution(RandomDistribution.uniform()), Arbitraries.of("", EVENT))
                .as((depth, start) -> {
                    int d = start.isEmpty() ? depth : Math.min(depth, 2_000); // after an event every parenthesis is tagged
                    return start + "(".repeat(d) + "January 13" + ")".repeat(d) + ".";
                });
        Arbitrary<String> digits = Combinators.combine(Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(100_000)
                        .withLengthDistribution(RandomDistribution.uniform()),
                Arbitraries.of("", EVENT, EVENT + "killing ", EVENT + "on January ", "Talks between Russia and the United States lasted "))
                .as((n, start) -> start + n + " hours.");
        Arbitrary<String> line = Arbitraries.strings().withCharRange(' ', '~').withChars('\u00A0', 'é', '’')
                .ofMinLength(90_000).ofMaxLength(100_000);
        Arbitrary<String> months = Combinators.combine(Arbitraries.of("January ", "Jan. ", "December 31 ", "May "),
                Arbitraries.integers().between(1, 20_000).withDistribution(RandomDistribution.uniform()), Arbitraries.of("", EVENT))
                .as((month, n, start) -> start + month.repeat(start.isEmpty() ? n : Math.min(n, 150)));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, run), net.jqwik.api.Tuple.of(4, mix), net.jqwik.api.Tuple.of(1, nested),
                net.jqwik.api.Tuple.of(1, digits), net.jqwik.api.Tuple.of(1, line), net.jqwik.api.Tuple.of(1, months));
    }

    /** The normalizer reads tagged sentences, and tagging is the slow part: shorter texts. */
    @Provide
    Arbitrary<String> adversarialForTheNormalizer() {
        Arbitrary<String> piece = Arbitraries.of(PIECES);
        Arbitrary<String> run = Combinators.combine(piece, Arbitraries.integers().between(1, 5_000).withDistribution(RandomDistribution.uniform()))
                .as((p, length) -> repeatTo(p, length));
        Arbitrary<String> mix = Combinators.combine(Arbitraries.of("", EVENT), piece.list().ofMaxSize(120))
                .as((start, pieces) -> start + String.join("", pieces));
        return Arbitraries.oneOf(run, mix, Arbitraries.strings().ofMaxLength(500));
    }

    /** Any characters, any length up to 5,000 (jqwik's default favours short strings). */
    @Provide
    Arbitrary<String> anyStrings() {
        return Arbitraries.strings().ofMaxLength(5_000).withLengthDistribution(RandomDistribution.uniform());
    }

    @Provide
    Arbitrary<LocalDate> documentDates() {
        return Arbitraries.integers().between(0, 365 * 60).map(d -> LocalDate.of(1990, 1, 1).plusDays(d));
    }

    /** A sentence naming an event with its parties and some of what the table covers. */
    @Provide
    Arbitrary<String> eventSentences() {
        Arbitrary<String> subject = Arbitraries.of("Russian and American diplomats", "Indian and Chinese officials",
                "French and German leaders", "Iranian and Saudi officials");
        Arbitrary<String> verb = Arbitraries.of("held talks", "will hold talks", "met", "will meet");
        Arbitrary<String> place = Arbitraries.of("", " in Geneva", " in Delhi", " near Kyiv", " at Geneva");
        Arbitrary<String> when = Arbitraries.of("", " on January 9 and 10", " on Friday, January 7", " yesterday",
                " last month", " in the summer of 2019", " from March 23 to 29", " on January 13 (December 31)", " on 2022-01-09");
        Arbitrary<String> more = Arbitraries.of("", ", a week-long exercise", " after an air strike on Idlib killed at least 20 civilians",
                " after a magnitude 6.1 earthquake struck Japan");
        return Combinators.combine(subject, verb, place, when, more).as((s, v, p, w, m) -> s + " " + v + p + w + m + ".");
    }

    private static String repeatTo(String piece, int length) {
        String text = piece.repeat(Math.max(1, length / piece.length()));
        return text.length() > length ? text.substring(0, Math.max(length, piece.length())) : text;
    }

    // ---------------------------------------------------------------- bugs found once, pinned

    /**
     * TextCleaner.repairBrokenHyphens matches words with {@code \p{L}+(?:-\p{L}+)*}: Java's regex engine recurses
     * once per repetition of the group, and about 1,500 hyphen-joined letters overflow a 1 MB thread stack.
     */
    @Example
    void aLongRunOfHyphenatedLettersDoesNotOverflowTheStack() {
        assertThatCode(() -> extract(EXTRACTOR, "a-".repeat(2_000))).doesNotThrowAnyException();
        assertThatCode(() -> extract(EXTRACTOR, "-a".repeat(50_000))).doesNotThrowAnyException();
    }

    /** SentenceAnalyzer's token pattern {@code \d+(?:[.,:]\d+)*} recurses the same way on "1.1.1…" or "1,1,1…". */
    @Example
    void aLongRunOfDottedDigitsDoesNotOverflowTheStack() {
        assertThatCode(() -> extract(EXTRACTOR, EVENT + "1.1".repeat(3_000))).doesNotThrowAnyException();
        assertThatCode(() -> extract(EXTRACTOR, EVENT + "1,1".repeat(3_000))).doesNotThrowAnyException();
    }

    /**
     * "150 decades ago" is normalized to 518/526, which TimeValue.parse (reading back four-digit years only) rejects;
     * EventSetting.of parses it back inside the extractor, which throws IllegalArgumentException.
     */
    @Example
    void manyDecadesAgoIsAValueThatParsesBack() {
        assertThatCode(() -> assertWellFormed(extract(EXTRACTOR, EVENT + "150 decades ago."))).doesNotThrowAnyException();
        assertThatCode(() -> assertWellFormed(extract(EXTRACTOR, EVENT + "999 decades ago."))).doesNotThrowAnyException();
    }

    /**
     * Within one sentence time is quadratic or worse in the number of expressions: TemporalNormalizer.find re-runs every
     * rule from each new position (a rule with no match ahead scans to the end each time), and ModifierAttacher's
     * segments test every token against every modifier. 1,200 dates in a sentence take seconds, 100,000 characters of
     * them minutes, on a stream thread.
     */
    @Example
    void extractionTimeIsLinearInTheExpressionsOfOneSentence() {
        List<String> pieces = List.of("Jan. 9, ", "in Geneva ", "lasted for 2 hours ");
        List<String> failures = new ArrayList<>();
        for (String piece : pieces) {
            String small = EVENT + piece.repeat(150), large = EVENT + piece.repeat(1_200);
            extract(EXTRACTOR, small);
            double tSmall = Math.max(medianMillis(small), 5.0), tLarge = medianMillis(large);
            if (tLarge >= 8 * tSmall * 3) failures.add(String.format("'%s': %.0f ms x150, %.0f ms x1200", piece, tSmall, tLarge));
        }
        assertThat(failures).isEmpty();
    }
}
