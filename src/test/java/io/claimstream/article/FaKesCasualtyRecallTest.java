package io.claimstream.article;

import io.claimstream.TestData;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.claim.Claim;
import io.claimstream.claim.ClaimExtractor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * How often extraction finds the crowd-annotated number of civilian deaths of a FA-KES article (nb_civilians,
 * where above 0) among that article's casualty claims. Prints the figure; fails if it falls below the floor
 * measured when this test was written, so that a change that loses casualties is noticed.
 */
class FaKesCasualtyRecallTest {
    private static final Path FAKES = TestData.FA_KES;
    private static final double FLOOR = 0.87;

    @Test
    void findsTheAnnotatedCivilianDeaths() throws Exception {
        Map<String, Long> annotated = annotatedCivilianDeaths();
        ClaimExtractor extractor = new ClaimExtractor();
        int articles = 0, found = 0;
        for (Article article : FaKesCsvReader.read(FAKES)) {
            Long n = annotated.get(article.id());
            if (n == null) continue;
            articles++;
            for (Claim c : extractor.extract(article)) {
                if (c.attribute().equals("deaths") && c.value().replaceAll("^[^0-9]+", "").equals(String.valueOf(n))) {
                    found++;
                    break;
                }
            }
        }
        double recall = (double) found / articles;
        System.out.printf("FA-KES civilian deaths found as a casualty claim: %d/%d = %.1f%%%n", found, articles, 100 * recall);
        assertThat(articles).isGreaterThan(500);
        assertThat(recall).isGreaterThanOrEqualTo(FLOOR);
    }

    /** Article id → the crowd-annotated number of civilian deaths (nb_civilians), for the articles where it is above 0. */
    static Map<String, Long> annotatedCivilianDeaths() throws java.io.IOException {
        List<List<String>> rows = Csv.parse(FaKesCsvReader.decode(Files.readAllBytes(FAKES)), FAKES);
        int id = rows.get(0).indexOf("unit_id"), civilians = rows.get(0).indexOf("nb_civilians");
        Map<String, Long> annotated = new HashMap<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            long n = row.get(civilians).isBlank() ? 0 : Long.parseLong(row.get(civilians).trim());
            if (n > 0) annotated.put("fakes-" + row.get(id).trim(), n);
        }
        return annotated;
    }
}
