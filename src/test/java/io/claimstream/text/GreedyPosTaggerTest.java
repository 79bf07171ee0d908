package io.claimstream.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.TestData;
import io.claimstream.article.Article;
import io.claimstream.article.ArticleSources;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import org.junit.jupiter.api.Test;

/** The greedy decoder gives OpenNLP's own tagger's tags, sentence for sentence, on real news. */
class GreedyPosTaggerTest {
    @Test
    void givesPosTaggerMesTagsOnEverySentenceOfTwoHundredFaKesArticles() {
        List<Article> articles = ArticleSources.read(List.of(TestData.FA_KES)).subList(0, 200);
        SentenceAnalyzer analyzer = new SentenceAnalyzer();
        TextCleaner cleaner = new TextCleaner();
        POSTaggerME reference = new POSTaggerME(SentenceAnalyzer.POS_MODEL, POSTagFormat.PENN);
        GreedyPosTagger greedy = new GreedyPosTagger(SentenceAnalyzer.POS_MODEL);
        List<String> differing = new ArrayList<>();
        int sentences = 0, tokens = 0;
        for (Article a : articles) {
            for (Sentence s : analyzer.analyze(cleaner.clean(a.fullText()))) {
                String[] words = s.tokens().stream().map(Sentence.Token::text).toArray(String[]::new);
                if (words.length == 0) continue;
                sentences++;
                tokens += words.length;
                String[] expected = reference.tag(words), actual = greedy.tag(words);
                if (!Arrays.equals(expected, actual)) differing.add(s.text() + "\n  " + Arrays.toString(expected) + "\n  " + Arrays.toString(actual));
            }
        }
        System.out.printf("greedy tagger: %d sentences, %d tokens, %d differ from POSTaggerME%n", sentences, tokens, differing.size());
        assertThat(sentences).isGreaterThan(2_000);
        assertThat(differing).isEmpty();
    }
}
