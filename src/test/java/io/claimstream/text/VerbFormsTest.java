package io.claimstream.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each row: a sentence, one of its words and the Penn Treebank tag the analyzer gives it. The model tags every
 * verb alike; the form of the word and the auxiliary before it restore past (VBD), participle (VBN), gerund (VBG),
 * third person present (VBZ), other present (VBP), base form (VB) and modal (MD).
 */
class VerbFormsTest {
    private static final SentenceAnalyzer ANALYZER = new SentenceAnalyzer();

    @ParameterizedTest(name = "[{index}] \"{0}\": {1}/{2}")
    @CsvSource(delimiter = '|', textBlock = """
            Putin held talks with Biden.              | held      | VBD
            The talks were held in Geneva.            | held      | VBN
            They will meet in Geneva.                 | will      | MD
            They will meet in Geneva.                 | meet      | VB
            The talks began in Geneva.                | began     | VBD
            He has met the minister.                  | met       | VBN
            He has met the minister.                  | has       | VBZ
            She meets the minister today.             | meets     | VBZ
            They are hosting the talks.               | hosting   | VBG
            They are hosting the talks.               | are       | VBP
            It was reported by the agency.            | reported  | VBN
            It was reported by the agency.            | was       | VBD
            The agency reported the attack.           | reported  | VBD
            The talks have not yet been held.         | held      | VBN
            The talks have not yet been held.         | been      | VBN
            The ministers said the talks failed.      | said      | VBD
            The talks are expected to begin soon.     | begin     | VB
            The talks are expected to begin soon.     | expected  | VBN
            They have begun the talks.                | begun     | VBN
            """)
    void tagsTheVerbForm(String text, String word, String expectedTag) {
        Sentence s = ANALYZER.analyze(text).get(0);
        Sentence.Token token = s.tokens().stream().filter(t -> t.text().equals(word)).findFirst().orElseThrow();
        assertThat(token.tag()).isEqualTo(expectedTag);
    }
}
