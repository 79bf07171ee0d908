package io.claimstream.article;

import io.claimstream.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FaKesCsvReaderTest {
    static final Path FAKES = TestData.FA_KES;
    static final String HEADER = "unit_id,article_title,article_content,source,date,location,actor,cause_of_death,"
            + "nb_children,nb_civilians,nb_noncivilians,nb_women,label\r\n";

    @TempDir
    Path dir;

    @Test
    void rowsBecomeArticlesInPublicationOrder() throws Exception {
        Path csv = Files.writeString(dir.resolve("sample.csv"), HEADER
                + "101,Strike on Idlib,\"Wed 05 Apr 2017 Idlib. Dozens were killed, \"\"officials\"\" said.\nA second paragraph.\",reuters,4/5/17,idlib,,,0,70,0,0,1\r\n"
                + "102,Talks in Geneva,Talks opened in Geneva on Monday.,sana,10/29/16,damascus,,,0,0,0,0,0\r\n"
                + "103,Shelling in Aleppo,Shells hit Aleppo.,tass,2/1/15,aleppo,,,1,2,0,1,1\r\n");

        List<Article> articles = ArticleSources.read(List.of(csv));

        assertThat(articles).extracting(Article::id).containsExactly("fakes-103", "fakes-102", "fakes-101");
        assertThat(articles).extracting(Article::publishedAt).containsExactly(Instant.parse("2015-02-01T12:00:00Z"),
                Instant.parse("2016-10-29T12:00:00Z"), Instant.parse("2017-04-05T12:00:00Z"));
        Article strike = articles.get(2);
        assertThat(strike.body()).isEqualTo("Wed 05 Apr 2017 Idlib. Dozens were killed, \"officials\" said.\nA second paragraph.");
        assertThat(strike.title()).isEqualTo("Strike on Idlib");
        assertThat(strike.source()).isEqualTo("reuters");
        assertThat(articles.get(0).body()).isEqualTo("Shells hit Aleppo.");
    }

    @Test
    void fourDigitYearsAndIsoDatesAreReadToo() {
        assertThat(FaKesCsvReader.publishedAt("4/5/2017", "x")).isEqualTo(Instant.parse("2017-04-05T12:00:00Z"));
        assertThat(FaKesCsvReader.publishedAt("2017-04-05", "x")).isEqualTo(Instant.parse("2017-04-05T12:00:00Z"));
    }

    @Test
    void anUnreadableDateNamesFileAndLineCountingLinesInsideQuotedFields() throws Exception {
        Path csv = Files.writeString(dir.resolve("bad.csv"), HEADER
                + "1,T,\"two\nlines\",sana,4/5/17,,,,0,0,0,0,0\r\n"
                + "2,T,body,sana,13/45/17,,,,0,0,0,0,0\r\n");
        assertThatThrownBy(() -> ArticleSources.read(List.of(csv))).isInstanceOf(ArticleInputException.class)
                .hasMessageContaining("bad.csv line 4").hasMessageContaining("'13/45/17'");
    }

    @Test
    void aRowWithMissingColumnsIsNamed() throws Exception {
        Path csv = Files.writeString(dir.resolve("short.csv"), HEADER + "1,T,body,sana,4/5/17\r\n");
        assertThatThrownBy(() -> ArticleSources.read(List.of(csv))).hasMessageContaining("short.csv line 2")
                .hasMessageContaining("expected 13 columns, found 5");
    }

    @Test
    void aCsvWithoutTheFaKesHeaderSaysWhatIsMissing() throws Exception {
        Path csv = Files.writeString(dir.resolve("other.csv"), "unit_id,article_title,body\n1,a,b\n");
        assertThatThrownBy(() -> ArticleSources.read(List.of(csv))).isInstanceOf(ArticleInputException.class)
                .hasMessageContaining("other.csv line 1").hasMessageContaining("article_content").hasMessageContaining(".jsonl");
    }

    @Test
    void thePlaceholdersOfLostCharactersBecomeSpaces() {
        byte[] bytes = "Syria\u0001_s Aleppo \u0001_ monitor | Copyright \u0001\u0002 2018".getBytes(StandardCharsets.ISO_8859_1);
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 1) bytes[i] = (byte) 0x95;
            if (bytes[i] == 2) bytes[i] = (byte) 0x81;
        }
        assertThat(FaKesCsvReader.decode(bytes)).isEqualTo("Syria s Aleppo monitor | Copyright 2018");
    }

    @Test
    void utf8IsReadAsUtf8() {
        assertThat(FaKesCsvReader.decode("\uFEFFunit_id,caf\u00e9".getBytes(StandardCharsets.UTF_8))).isEqualTo("unit_id,caf\u00e9");
    }

    @Test
    void theWholeDatasetReads() {
        List<Article> articles = ArticleSources.read(List.of(FAKES));
        assertThat(articles).hasSize(804);
        assertThat(articles).extracting(Article::publishedAt).isSorted();
        assertThat(articles.get(0).publishedAt()).isEqualTo(Instant.parse("2011-02-02T12:00:00Z"));
        assertThat(articles.get(803).publishedAt()).isEqualTo(Instant.parse("2018-07-18T12:00:00Z"));
        assertThat(articles).allSatisfy(a -> {
            assertThat(a.id()).matches("fakes-\\d+");
            assertThat(a.body()).isNotBlank().doesNotContain("\uFFFD");
            assertThat(a.source()).isNotBlank();
        });
        // the published file repeats 9 unit_ids on 21 rows
        assertThat(new HashSet<>(articles.stream().map(Article::id).toList())).hasSize(792);
    }
}
