package io.claimstream.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.article.Article;
import io.claimstream.article.ArticleSources;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The partition key of a claim never depends on the values sources disagree about: dates, places, numbers. */
class EventKeyTest {
    private static final Map<String, String> OTHER_MONTH = Map.of("January", "March", "December", "October",
            "September", "May", "July", "August");
    private static final Map<String, String> OTHER_TOWN = Map.of("Geneva", "Lisbon", "Brussels", "Madrid", "Vienna", "Prague");
    private final ClaimExtractor extractor = new ClaimExtractor();

    @Test
    void changingEveryDatePlaceAndNumberOfAnArticleKeepsItsEventKeys() {
        for (Article article : ArticleSources.read(List.of(Path.of("seeds")))) {
            Article changed = new Article(article.id(), article.source(), null, null, changeValues(article.body()),
                    article.publishedAt(), null);
            Set<String> before = keys(extractor.extract(article)), after = keys(extractor.extract(changed));
            assertThat(before).as("keys of %s", article.id()).isNotEmpty();
            assertThat(after).as("keys of %s with other dates, places and numbers", article.id()).isEqualTo(before);
        }
    }

    @Test
    void theChangedArticleReallySaysOtherThings() {
        Article article = ArticleSources.read(List.of(Path.of("seeds"))).get(1);
        Set<String> values = new TreeSet<>(), changedValues = new TreeSet<>();
        extractor.extract(article).forEach(c -> values.add(c.value()));
        extractor.extract(new Article(article.id(), null, null, null, changeValues(article.body()), article.publishedAt(), null))
                .forEach(c -> changedValues.add(c.value()));
        assertThat(changedValues).isNotEqualTo(values);
    }

    private static Set<String> keys(List<Claim> claims) {
        Set<String> keys = new TreeSet<>();
        claims.forEach(c -> keys.add(c.eventKey()));
        return keys;
    }

    /** Other months, other towns, and every day of the month and count shifted by one. */
    private static String changeValues(String text) {
        for (var e : OTHER_MONTH.entrySet()) text = text.replace(e.getKey(), e.getValue());
        for (var e : OTHER_TOWN.entrySet()) text = text.replace(e.getKey(), e.getValue());
        Matcher m = Pattern.compile("\\b\\d{1,2}\\b").matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) m.appendReplacement(out, String.valueOf(Integer.parseInt(m.group()) % 27 + 1));
        m.appendTail(out);
        return out.toString();
    }
}
