package io.claimstream.article;

import io.claimstream.TestData;
import io.claimstream.claim.ClaimExtractor;
import io.claimstream.event.EventMention;
import io.claimstream.event.EventMentionFinder;
import io.claimstream.place.Gazetteer;
import io.claimstream.quantity.QuantityFinder;
import io.claimstream.text.Sentence;
import io.claimstream.text.SentenceAnalyzer;
import io.claimstream.text.TextCleaner;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A tool, not a test: lists the FA-KES articles whose annotated civilian deaths extraction misses, grouped by
 * cause, with the sentences that hold the number. Run with the test classpath:
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) io.claimstream.article.FaKesCasualtyMisses}.
 */
final class FaKesCasualtyMisses {
    private static final String[] SMALL = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
            "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
    private static final String[] TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};

    public static void main(String[] args) throws Exception {
        Map<String, Long> annotated = FaKesCasualtyRecallTest.annotatedCivilianDeaths();
        ClaimExtractor extractor = new ClaimExtractor();
        TextCleaner cleaner = new TextCleaner();
        SentenceAnalyzer analyzer = new SentenceAnalyzer();
        QuantityFinder quantities = new QuantityFinder();
        Map<String, List<String>> byCause = new TreeMap<>();
        int articles = 0;
        for (Article article : FaKesCsvReader.read(TestData.FA_KES)) {
            Long n = annotated.get(article.id());
            if (n == null) continue;
            articles++;
            boolean claimed = extractor.extract(article).stream().anyMatch(c -> c.attribute().equals("deaths")
                    && c.value().replaceAll("^[^0-9]+", "").equals(String.valueOf(n)));
            if (claimed) continue;
            Pattern number = numberPattern(n);
            String text = cleaner.clean(article.fullText());
            List<String> holding = new ArrayList<>();
            boolean counted = false;
            String why = "3c counted, mention with parties: attachment";
            EventMentionFinder mentions = new EventMentionFinder(Gazetteer.standard());
            for (Sentence s : analyzer.analyze(text)) {
                List<EventMention> found = mentions.find(s);
                if (!number.matcher(s.text()).find()) continue;
                holding.add(s.text());
                boolean deaths = quantities.find(s.text()).stream().anyMatch(q -> q.attribute().equals("deaths")
                        && q.value().amount() == n);
                if (deaths && !counted) {
                    why = found.isEmpty() ? "3a counted, no event mention" : found.stream().noneMatch(EventMention::hasParties)
                            ? "3b counted, mention without parties" : why;
                }
                counted |= deaths;
            }
            String cause = holding.isEmpty() ? "1 number absent from the text" : counted ? why : "2 number present, not read as deaths";
            StringBuilder b = new StringBuilder(article.id() + " n=" + n);
            for (String h : holding) b.append("\n    | ").append(h.length() > 400 ? h.substring(0, 400) + "…" : h);
            byCause.computeIfAbsent(cause, k -> new ArrayList<>()).add(b.toString());
        }
        int missed = 0;
        for (var e : byCause.entrySet()) {
            missed += e.getValue().size();
            System.out.println("== " + e.getKey() + ": " + e.getValue().size());
            e.getValue().forEach(System.out::println);
        }
        System.out.printf("annotated %d, missed %d, found %d%n", articles, missed, articles - missed);
        for (var e : byCause.entrySet()) System.out.println(e.getKey() + ": " + e.getValue().size());
    }

    /** The number in digits ("1,200" or "1200") or, up to 99, in words. */
    private static Pattern numberPattern(long n) {
        List<String> forms = new ArrayList<>(List.of(String.valueOf(n), String.format("%,d", n)));
        if (n < 20) forms.add(SMALL[(int) n]);
        else if (n < 100) forms.add(n % 10 == 0 ? TENS[(int) n / 10] : TENS[(int) n / 10] + "-" + SMALL[(int) n % 10]);
        return Pattern.compile("(?i)(?<![\\d,.-])(?:" + String.join("|", forms.stream().map(Pattern::quote).toList()) + ")(?![\\d-]|,\\d)");
    }
}
