package io.claimstream.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenSpacingTest {
    private static String join(boolean hyphensSplit, String tokens) {
        return new TokenSpacing(hyphensSplit).sentence(List.of(tokens.split(" ")));
    }

    @Test
    void punctuationClosingQuotesAndCliticsLeanLeft() {
        assertThat(join(false, "Reid , 33 , starred in `` American Pie '' ; she did n't stay ."))
                .isEqualTo("Reid, 33, starred in \"American Pie\"; she didn't stay.");
    }

    @Test
    void twoSingleQuotesAreOneClosingQuote() {
        assertThat(join(false, "show `` Scrubs , ' ' has")).isEqualTo("show \"Scrubs,\" has");
    }

    @Test
    void plainQuotesOpenAndCloseInTurnAcrossSentences() {
        TokenSpacing spacing = new TokenSpacing(true);
        assertThat(spacing.sentence(List.of("He", "said", "\"", "no", "."))).isEqualTo("He said \"no.");
        assertThat(spacing.sentence(List.of("Then", "yes", "\"", "(", "twice", ")"))).isEqualTo("Then yes\" (twice)");
        assertThat(spacing.sentence(List.of("\"We", "left", ".", "\"", "he", "said"))).isEqualTo("\"We left.\" he said");
    }

    @Test
    void apostrophesSplitInsideWordsAreRejoined() {
        assertThat(join(true, "Lohan ’ s lawyer did n't , they didn ’ t")).isEqualTo("Lohan’s lawyer didn't, they didn’t");
    }

    @Test
    void hyphensJoinOnlyWhereTheTokenizerSplitWords() {
        assertThat(join(true, "a 90 - day stay")).isEqualTo("a 90-day stay");
        assertThat(join(false, "Malibu , California - the same")).isEqualTo("Malibu, California - the same");
    }

    @Test
    void numbersClockTimesSlashesAndMoneyAreWrittenTogether() {
        assertThat(join(true, "at 4 : 59 PM on 08 / 04 / 11 , 10 , 000 members paid $ 4 . 5 , or 60 %"))
                .isEqualTo("at 4:59 PM on 08/04/11, 10,000 members paid $4.5, or 60%");
        assertThat(join(true, "Published : June 13")).isEqualTo("Published: June 13");
    }
}
