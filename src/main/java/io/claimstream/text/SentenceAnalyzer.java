package io.claimstream.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * Splits cleaned text into sentences (OpenNLP, per paragraph), tokenizes them and tags parts of speech.
 * Tokens come from a small regular tokenizer rather than OpenNLP's so that hyphenated names ("EU-China"),
 * abbreviations ("U.S.") and numbers ("30,000", "9-10") stay whole. Instances are not thread-safe.
 */
public final class SentenceAnalyzer {
    private static final SentenceModel SENTENCE_MODEL = load("/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin", SentenceModel::new);
    static final POSModel POS_MODEL = load("/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin", POSModel::new);

    /**
     * Character classes rather than repeated groups throughout, so that no token, however long, makes the regex
     * engine recurse deeply (a repeated group recurses once per repetition and overflows on "1.1.1…").
     */
    private static final Pattern TOKEN = Pattern.compile(
            "\\d(?:[\\d.,:]*\\d)?(?:-\\p{L}+){0,3}"        // 30,000  04:17  7.8  50-minute
                    + "|(?:\\p{Lu}\\.){2,6}"                     // U.S.  U.N.
                    + "|\\p{L}(?:[\\p{L}'’-]*\\p{L})?"           // EU-China  don't
                    + "|'s\\b|[^\\s\\p{L}\\d]");
    /** A sentence ending in one of these was split at an abbreviation, not at its end. */
    private static final Pattern ABBREVIATION_END = Pattern.compile(
            "\\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Capt|Sgt|Gov|Sen|Rep|St|No|vs|etc|approx|(?:\\p{Lu}\\.)+)\\.$");

    private final SentenceDetectorME detector = new SentenceDetectorME(SENTENCE_MODEL);
    private final GreedyPosTagger tagger = new GreedyPosTagger(POS_MODEL);

    /** Splits and analyzes every sentence. */
    public List<Sentence> analyze(String text) {
        return analyze(text, sentence -> true);
    }

    /**
     * Splits the text into sentences and tokenizes and tags only those {@code worthTagging} accepts; the others
     * come back with no tokens. Tagging is most of the cost of reading an article, and most sentences of news
     * carry nothing to extract.
     */
    public List<Sentence> analyze(String text, java.util.function.Predicate<String> worthTagging) {
        List<Sentence> sentences = new ArrayList<>();
        int paragraphStart = 0;
        for (String paragraph : text.split("\n", -1)) {
            if (!paragraph.isBlank()) {
                for (int[] span : sentenceSpans(paragraph)) {
                    String sentence = paragraph.substring(span[0], span[1]);
                    List<Sentence.Token> tokens = worthTagging.test(sentence) ? tokenize(sentence) : List.of();
                    sentences.add(new Sentence(sentence, paragraphStart + span[0], paragraphStart + span[1], tokens));
                }
            }
            paragraphStart += paragraph.length() + 1;
        }
        return sentences;
    }

    /**
     * No word is this long: a longer run without whitespace is debris (a URL, a table, an attack on the parser), and
     * it is a sentence of its own. OpenNLP's detector scans from every full stop to the next whitespace, so a long run
     * of full stops without one would cost it the square of the run's length.
     */
    static final int LONGEST_WORD = 200;

    private List<int[]> sentenceSpans(String paragraph) {
        List<int[]> spans = new ArrayList<>();
        int from = 0, n = paragraph.length();
        for (int i = 0; i <= n; ) {
            int runStart = i;
            while (i < n && !Character.isWhitespace(paragraph.charAt(i))) i++;
            if (i - runStart > LONGEST_WORD) {
                detect(paragraph, from, runStart, spans);
                spans.add(new int[] {runStart, i});
                from = i;
            }
            i++;
        }
        detect(paragraph, from, n, spans);
        return spans;
    }

    /** Sentences of paragraph[from, to), added to {@code spans} as offsets into the paragraph. */
    private void detect(String paragraph, int from, int to, List<int[]> spans) {
        if (paragraph.substring(from, to).isBlank()) return;
        int firstNew = spans.size();
        for (Span s : detector.sentPosDetect(paragraph.substring(from, to))) {
            int start = from + s.getStart(), end = from + s.getEnd();
            // only the end of the sentence so far can be an abbreviation: looking there keeps long merges linear
            int[] last = spans.size() > firstNew ? spans.get(spans.size() - 1) : null;
            String previousEnd = last == null ? null : paragraph.substring(Math.max(last[0], last[1] - 16), last[1]);
            if (previousEnd != null && ABBREVIATION_END.matcher(previousEnd).find()) {
                last[1] = end;
            } else {
                spans.add(new int[] {start, end});
            }
        }
    }

    private List<Sentence.Token> tokenize(String sentence) {
        List<String> words = new ArrayList<>();
        List<int[]> offsets = new ArrayList<>();
        Matcher m = TOKEN.matcher(sentence);
        while (m.find()) {
            words.add(m.group());
            offsets.add(new int[] {m.start(), m.end()});
        }
        String[] wordArray = words.toArray(String[]::new);
        String[] tags = words.isEmpty() ? new String[0] : tagger.tag(wordArray);
        for (int i = 0; i < tags.length; i++) tags[i] = VerbForms.refine(wordArray, tags, i);
        List<Sentence.Token> tokens = new ArrayList<>(words.size());
        for (int i = 0; i < words.size(); i++) {
            tokens.add(new Sentence.Token(words.get(i), offsets.get(i)[0], offsets.get(i)[1], tags[i]));
        }
        return tokens;
    }

    private interface ModelReader<T> {
        T read(InputStream in) throws IOException;
    }

    private static <T> T load(String resource, ModelReader<T> reader) {
        try (InputStream in = SentenceAnalyzer.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("OpenNLP model " + resource + " is not on the classpath");
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read OpenNLP model " + resource, e);
        }
    }
}
