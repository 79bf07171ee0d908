package io.claimstream.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EcbPlusCorpusTest {
    @TempDir
    Path dir;

    /** Sentence 0 "Police arrested the suspect ." and sentence 1 "The arrest came late , they said ." */
    private static final String TOKENS = """
            <token t_id="1" sentence="0" number="0">Police</token>
            <token t_id="2" sentence="0" number="1">arrested</token>
            <token t_id="3" sentence="0" number="2">the</token>
            <token t_id="4" sentence="0" number="3">suspect</token>
            <token t_id="5" sentence="0" number="4">.</token>
            <token t_id="6" sentence="1" number="0">The</token>
            <token t_id="7" sentence="1" number="1">arrest</token>
            <token t_id="8" sentence="1" number="2">came</token>
            <token t_id="9" sentence="1" number="3">late</token>
            <token t_id="10" sentence="1" number="4">,</token>
            <token t_id="11" sentence="1" number="5">they</token>
            <token t_id="12" sentence="1" number="6">said</token>
            <token t_id="13" sentence="1" number="7">.</token>
            """;

    private static String document(String name, String markables, String relations) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Document doc_name=\"" + name + ".xml\" doc_id=\"D\">\n" + TOKENS
                + "<Markables>\n" + markables + "</Markables>\n<Relations>\n" + relations + "</Relations>\n</Document>\n";
    }

    private Path corpus() throws Exception {
        Path root = Files.createDirectories(dir.resolve("ECB+"));
        Path topic = Files.createDirectories(root.resolve("1"));
        // document 1: "arrested" and "arrest" in one cross-document chain; "came" in an intra-document chain with
        // "said"; the person is not an event; the descriptor (no anchors) is not a mention
        Files.writeString(topic.resolve("1_1ecb.xml"), document("1_1ecb", """
                <ACTION_OCCURRENCE m_id="1"><token_anchor t_id="2"/></ACTION_OCCURRENCE>
                <ACTION_OCCURRENCE m_id="2"><token_anchor t_id="7"/></ACTION_OCCURRENCE>
                <ACTION_OCCURRENCE m_id="3"><token_anchor t_id="8"/></ACTION_OCCURRENCE>
                <ACTION_REPORTING m_id="4"><token_anchor t_id="12"/></ACTION_REPORTING>
                <HUMAN_PART_PER m_id="5"><token_anchor t_id="1"/></HUMAN_PART_PER>
                <ACTION_OCCURRENCE m_id="9" RELATED_TO="" TAG_DESCRIPTOR="t1_arrest" instance_id="ACT111"/>
                """, """
                <INTRA_DOC_COREF r_id="70"><source m_id="3"/><source m_id="4"/><target m_id="3"/></INTRA_DOC_COREF>
                <CROSS_DOC_COREF r_id="71" note="ACT111"><source m_id="1"/><source m_id="2"/><target m_id="9"/></CROSS_DOC_COREF>
                """));
        // document 2: only sentence 0 is annotated; its "arrested" joins the same instance, "NEG" "came" is a singleton
        Files.writeString(topic.resolve("1_2ecbplus.xml"), document("1_2ecbplus", """
                <ACTION_OCCURRENCE m_id="1"><token_anchor t_id="2"/><token_anchor t_id="3"/></ACTION_OCCURRENCE>
                <NEG_ACTION_OCCURRENCE m_id="2"><token_anchor t_id="4"/></NEG_ACTION_OCCURRENCE>
                <ACTION_OCCURRENCE m_id="3"><token_anchor t_id="7"/></ACTION_OCCURRENCE>
                <ACTION_OCCURRENCE m_id="9" RELATED_TO="" TAG_DESCRIPTOR="t1_arrest" instance_id="ACT111"/>
                """, """
                <CROSS_DOC_COREF r_id="72" note="ACT111"><source m_id="1"/><source m_id="3"/><target m_id="9"/></CROSS_DOC_COREF>
                """));
        // document 3 has no annotated sentence, so it is not part of the evaluation
        Files.writeString(topic.resolve("1_3ecb.xml"), document("1_3ecb", "<ACTION_OCCURRENCE m_id=\"1\"><token_anchor t_id=\"2\"/></ACTION_OCCURRENCE>\n", ""));
        Files.writeString(topic.resolve("Icon"), "Finder junk");
        Files.writeString(dir.resolve(EcbPlusCorpus.SENTENCE_LIST), "Topic,File,Sentence Number\n1,1ecb,0\n1,1ecb,1\n1,2ecbplus,0\n");
        return root;
    }

    @Test
    void goldMentionsComeFromAnnotatedSentencesWithTheirChains() throws Exception {
        EcbPlusCorpus corpus = EcbPlusCorpus.load(corpus(), 1, 45);

        assertThat(corpus.documents()).extracting(EcbDocument::name).containsExactly("1_1ecb", "1_2ecbplus");
        List<GoldMention> mentions = corpus.mentions();
        assertThat(mentions).extracting(GoldMention::id)
                .containsExactly("1_1ecb#1", "1_1ecb#2", "1_1ecb#3", "1_1ecb#4", "1_2ecbplus#1", "1_2ecbplus#2");
        Map<String, String> cluster = mentions.stream().collect(Collectors.toMap(GoldMention::id, GoldMention::cluster));
        assertThat(cluster.get("1_1ecb#1")).isEqualTo("ACT111").isEqualTo(cluster.get("1_1ecb#2")).isEqualTo(cluster.get("1_2ecbplus#1"));
        assertThat(cluster.get("1_1ecb#3")).isEqualTo(cluster.get("1_1ecb#4")).startsWith("intra:1_1ecb");
        assertThat(cluster.get("1_2ecbplus#2")).startsWith("singleton:");
        assertThat(EcbPlusEvaluation.goldEvents(mentions)).hasSize(3);

        GoldMention twoWords = mentions.get(4);
        assertThat(twoWords.text()).isEqualTo("arrested the");
        assertThat(twoWords.sentence()).isZero();
        assertThat(twoWords.tokens()).containsExactly(1, 2);
        assertThat(corpus.documents().get(0).sentences().get(1)).containsExactly("The", "arrest", "came", "late", ",", "they", "said", ".");
        assertThat(corpus.documents().get(0).topic()).isEqualTo(1);
    }

    @Test
    void topicsOutsideTheRangeAreLeftOut() throws Exception {
        Path root = corpus();
        assertThatThrownBy(() -> EcbPlusCorpus.load(root, 36, 45)).isInstanceOf(EvalInputException.class)
                .hasMessageContaining("no topic folders 36 … 45");
    }

    @Test
    void theReleaseFolderHoldingEcbPlusAlsoReads() throws Exception {
        corpus();
        assertThat(EcbPlusCorpus.load(dir, 1, 1).mentions()).hasSize(6);
    }

    @Test
    void wrongPathsAreNamedWithWhatWasExpected() throws Exception {
        assertThatThrownBy(() -> EcbPlusCorpus.load(dir.resolve("nowhere"), 36, 45)).isInstanceOf(EvalInputException.class)
                .hasMessageContaining("nowhere").hasMessageContaining("no such folder");
        assertThatThrownBy(() -> EcbPlusCorpus.load(dir, 36, 45)).hasMessageContaining("not the ECB+ corpus folder");
        Path root = corpus();
        Files.delete(dir.resolve(EcbPlusCorpus.SENTENCE_LIST));
        assertThatThrownBy(() -> EcbPlusCorpus.load(root, 1, 45)).hasMessageContaining(EcbPlusCorpus.SENTENCE_LIST).hasMessageContaining("missing");
    }

    @Test
    void externalEntitiesAreNotRead() throws Exception {
        Path root = corpus();
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP SECRET");
        Files.writeString(root.resolve("1/1_1ecb.xml"), "<?xml version=\"1.0\"?>\n<!DOCTYPE Document [<!ENTITY x SYSTEM \""
                + secret.toUri() + "\">]>\n<Document doc_name=\"1_1ecb.xml\">\n<token t_id=\"1\" sentence=\"0\" number=\"0\">&x;</token>\n</Document>\n");
        assertThatThrownBy(() -> EcbPlusCorpus.load(root, 1, 1)).isInstanceOf(EvalInputException.class)
                .hasMessageContaining("1_1ecb.xml line 4").hasMessageNotContaining("TOP SECRET");
    }
}
