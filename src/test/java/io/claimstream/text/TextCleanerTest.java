package io.claimstream.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.claimstream.TestData;
import io.claimstream.article.ArticleSources;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each row: raw feed text and the prose left after cleaning. */
class TextCleanerTest {
    private final TextCleaner cleaner = new TextCleaner();

    static Stream<Arguments> rows() {
        return Stream.of(
                // markup and links
                arguments("Talks began.<image>photo.jpg Ministers in Geneva</image> NATO met.", "Talks began. NATO met."),
                arguments("Talks began.<script>var x = 1;</script> NATO met.", "Talks began. NATO met."),
                arguments("<p>NATO met.</p><p>Russia <b>left</b> early.</p>", "NATO met. Russia left early."),
                arguments("Read more at https://example.com/news?id=1 about the talks.", "Read more at about the talks."),
                arguments("See www.nato.int for the statement.", "See for the statement."),
                // paragraph numbering
                arguments("13: As part of the talks, NATO met.", "As part of the talks, NATO met."),
                arguments("The talks began.\n14: They ended late.", "The talks began.\nThey ended late."),
                arguments("The vote was 13: 2 in favour.", "The vote was 13: 2 in favour."),
                // datelines
                arguments("BRUSSELS, January 10. /TASS/. The talks began.", "The talks began."),
                arguments("BRUSSELS (TASS): NATO rejected the demands.", "NATO rejected the demands."),
                arguments("date 2022-01-09 NATO chief spoke.", "NATO chief spoke."),
                arguments("GENEVA, Jan 9 (Reuters) - The talks began.", "The talks began."),
                arguments("NATO (the alliance) met.", "NATO (the alliance) met."),
                // hyphens inserted by line-breaking are removed when the joined word occurs elsewhere
                arguments("The NA-TO allies met. NATO said no.", "The NATO allies met. NATO said no."),
                arguments("The issu-es were discussed. Other issues remain.", "The issues were discussed. Other issues remain."),
                arguments("The issu-es were discussed.", "The issu-es were discussed."),
                // real compounds keep their hyphen
                arguments("The NATO-Russia Council met in Brussels.", "The NATO-Russia Council met in Brussels."),
                arguments("The NATO-Russia Council met. NATO and Russia disagree.", "The NATO-Russia Council met. NATO and Russia disagree."),
                arguments("Russia held live-fire drills.", "Russia held live-fire drills."),
                arguments("Troops held live-fire drills. Livefire is jargon for live fire.",
                        "Troops held live-fire drills. Livefire is jargon for live fire."),
                arguments("A follow-up meeting is planned.", "A follow-up meeting is planned."),
                // typography
                arguments("\u201cWe will not retreat,\u201d he said. It\u2019s final.", "\"We will not retreat,\" he said. It's final."),
                arguments("\u2018Red lines\u2019 were\u00a0drawn.", "'Red lines' were drawn."),
                arguments("NATO met.\r\nRussia left.", "NATO met.\nRussia left."),
                arguments("  NATO   met   Russia.  ", "NATO met Russia."));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("rows")
    void keepsOnlyTheProse(String raw, String expected) {
        assertThat(cleaner.clean(raw)).isEqualTo(expected);
    }

    /** The regex the scan of hyphens stands for: its matches are the words the scan must find. */
    private static final Pattern HYPHENATED = Pattern.compile("\\b(\\p{L}{1,12})-(\\p{L}{1,12})\\b");

    @Test
    void findsTheHyphenatedWordsTheRegexFindsInRealNewsAndAtTheEdges() {
        List<String> texts = new ArrayList<>(List.of("a-b-c", "abcdefghijklm-b-c", "x-abcdefghijklm", "5ab-cd", "ab-cd5", "ab-cd_",
                "_ab-cd", "-ab-", "ab--cd", "é-è and Ω-x", "NA-TO, issu-es; up-to-date x-y-z", "-", "a-", "-a", ""));
        ArticleSources.read(List.of(TestData.FA_KES)).forEach(a -> texts.add(a.fullText()));
        for (String text : texts) {
            List<List<Integer>> expected = HYPHENATED.matcher(text).results()
                    .map(m -> List.of(m.start(), m.start(2) - 1, m.end())).toList();
            assertThat(TextCleaner.hyphenated(text).stream().map(h -> List.of(h[0], h[1], h[2])).toList()).as(text).isEqualTo(expected);
        }
    }
}
