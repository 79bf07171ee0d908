package io.claimstream.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EcbPlusReaderTest {
    static final Path TOPIC_1 = Path.of("../shared/datasets/ecbplus/ECB+/1");

    @TempDir
    Path dir;

    static String document(String name, String... sentences) {
        StringBuilder xml = new StringBuilder("<Document doc_name=\"" + name + "\" doc_id=\"DOC1\">\n");
        int id = 1;
        for (int s = 0; s < sentences.length; s++) {
            String[] tokens = sentences[s].split(" ");
            for (int n = 0; n < tokens.length; n++) {
                String text = tokens[n].replace("&", "&amp;").replace("<", "&lt;");
                xml.append("<token t_id=\"").append(id++).append("\" sentence=\"").append(s).append("\" number=\"").append(n)
                        .append("\">").append(text).append("</token>\n");
            }
        }
        return xml.append("<Markables>\n<ACTION_OCCURRENCE m_id=\"1\"><token_anchor t_id=\"1\"/></ACTION_OCCURRENCE>\n</Markables>\n")
                .append("<Relations/>\n</Document>\n").toString();
    }

    private void writeTopicOne(Path folder) throws Exception {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("1_10ecbplus.xml"), document("1_10ecbplus.xml",
                "http : / / www . example . com / lohan - rehab _ 1",
                "Lindsay Lohan Leaves Betty Ford , Checks Into Malibu Rehab",
                "Lohan ’ s 90 - day stay began on June 13 , 2013 at 4 : 59 PM ."));
        Files.writeString(folder.resolve("1_3ecb.xml"), document("1_3ecb.xml",
                "Tara Reid , 33 , who starred in `` American Pie , ' ' has entered rehab - again .",
                "She did n't comment ."));
        Files.writeString(folder.resolve("Icon"), "Finder junk");
    }

    @Test
    void aTopicFolderGivesOneArticlePerDocumentWithRebuiltSentences() throws Exception {
        writeTopicOne(dir);

        List<Article> articles = ArticleSources.read(List.of(dir));

        assertThat(articles).extracting(Article::id).containsExactly("1_3ecb", "1_10ecbplus");
        Article ecb = articles.get(0), ecbPlus = articles.get(1);
        assertThat(ecb.body()).isEqualTo("Tara Reid, 33, who starred in \"American Pie,\" has entered rehab - again.\nShe didn't comment.");
        assertThat(ecb.publishedAt()).isEqualTo(Instant.parse("2000-01-02T00:03:00Z"));
        assertThat(ecb.url()).isNull();
        assertThat(ecbPlus.body()).isEqualTo("Lindsay Lohan Leaves Betty Ford, Checks Into Malibu Rehab\n"
                + "Lohan’s 90-day stay began on June 13, 2013 at 4:59 PM.");
        assertThat(ecbPlus.url()).isEqualTo("http://www.example.com/lohan-rehab_1");
        assertThat(ecbPlus.publishedAt()).isEqualTo(Instant.parse("2000-01-02T12:10:00Z"));
        assertThat(articles).extracting(Article::source).containsOnly("ECB+");
    }

    @Test
    void theCorpusRootReadsEveryTopicInTopicOrder() throws Exception {
        writeTopicOne(dir.resolve("1"));
        Files.createDirectories(dir.resolve("12"));
        Files.writeString(dir.resolve("12/12_1ecb.xml"), document("12_1ecb.xml", "Pirates seized a ship ."));
        Files.writeString(dir.resolve(".DS_Store"), "junk");

        List<Article> articles = ArticleSources.read(List.of(dir));

        assertThat(articles).extracting(Article::id).containsExactly("1_3ecb", "1_10ecbplus", "12_1ecb");
        assertThat(articles.get(2).publishedAt()).isEqualTo(Instant.parse("2000-01-13T00:01:00Z"));
    }

    @Test
    void externalEntitiesAreNotRead() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP SECRET");
        Path topic = Files.createDirectories(dir.resolve("topic"));
        Files.writeString(topic.resolve("1_1ecb.xml"), "<?xml version=\"1.0\"?>\n<!DOCTYPE Document [<!ENTITY x SYSTEM \""
                + secret.toUri() + "\">]>\n<Document doc_name=\"1_1ecb.xml\">\n<token t_id=\"1\" sentence=\"0\" number=\"0\">&x;</token>\n</Document>\n");
        assertThatThrownBy(() -> ArticleSources.read(List.of(topic))).isInstanceOf(ArticleInputException.class)
                .hasMessageContaining("1_1ecb.xml line 4").hasMessageNotContaining("TOP SECRET");
    }

    @Test
    void brokenXmlAndBadTokensNameFileAndLine() throws Exception {
        Files.writeString(dir.resolve("1_1ecb.xml"), "<Document doc_name=\"1_1ecb.xml\">\n<token t_id=\"1\" sentence=\"0\" number=\"0\">A</tok>\n");
        assertThatThrownBy(() -> ArticleSources.read(List.of(dir))).hasMessageContaining("1_1ecb.xml line 2").hasMessageContaining("XML");

        Files.writeString(dir.resolve("1_1ecb.xml"), "<Document doc_name=\"1_1ecb.xml\">\n\n<token t_id=\"1\" number=\"0\">A</token>\n</Document>\n");
        assertThatThrownBy(() -> ArticleSources.read(List.of(dir))).hasMessageContaining("1_1ecb.xml line 3").hasMessageContaining("'sentence'");
    }

    @Test
    void anXmlFileNamedUnlikeADocumentIsRefused() throws Exception {
        writeTopicOne(dir);
        Files.writeString(dir.resolve("notes.xml"), "<notes/>");
        assertThatThrownBy(() -> ArticleSources.read(List.of(dir))).hasMessageContaining("notes.xml").hasMessageContaining("1_10ecbplus.xml");
    }

    @Test
    void topicOneOfTheRealCorpusReads() {
        Assumptions.assumeTrue(Files.exists(TOPIC_1), "ECB+ is not at " + TOPIC_1.toAbsolutePath());
        List<Article> articles = ArticleSources.read(List.of(TOPIC_1));
        assertThat(articles).hasSize(39);
        assertThat(articles).extracting(Article::publishedAt).isSorted().doesNotHaveDuplicates();
        assertThat(articles).allSatisfy(a -> {
            assertThat(a.id()).matches("1_\\d+ecb(plus)?");
            assertThat(a.body()).isNotBlank().doesNotContain("``", "''", " ,", " .");
        });
        assertThat(articles).filteredOn(a -> a.id().endsWith("ecbplus")).allSatisfy(a -> assertThat(a.url()).startsWith("http"));
        assertThat(articles).filteredOn(a -> a.id().equals("1_1ecb")).singleElement().extracting(Article::body).asString()
                .startsWith("Another day in Hollywood; another star in rehab.\nWord comes from People magazine");
    }
}
