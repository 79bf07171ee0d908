package io.claimstream.article;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Documents of the ECB+ corpus (Cybulska and Vossen, LREC 2014; CC BY 3.0): a topic folder of
 * {@code <topic>_<n>ecb.xml} and {@code <topic>_<n>ecbplus.xml} files, or the corpus root holding the topic folders.
 * Each document is a {@code <Document doc_name=…>} of {@code <token t_id sentence number>} elements followed by
 * annotations, which are not read. One Article per document: id = doc_name without ".xml", source "ECB+", body = the
 * sentences rebuilt from their tokens ({@link TokenSpacing}), one sentence per line, so that the corpus's sentence
 * boundaries survive. The "ecbplus" documents start with the address they were found at, tokenized as sentence 0;
 * that becomes the url, not part of the body.
 *
 * <p>The corpus has no publication dates, so publishedAt is synthetic and deterministic:
 * 2000-01-01T00:00Z plus the topic number in days, plus 12 hours for an "ecbplus" document (the newer component,
 * about a different event of the same kind), plus the document number in minutes. Documents of one topic and
 * component therefore arrive together, in document order; the times say nothing about the events.
 */
final class EcbPlusReader {
    static final Pattern DOCUMENT = Pattern.compile("(\\d+)_(\\d+)(ecb|ecbplus)\\.xml");
    static final Instant EPOCH = Instant.parse("2000-01-01T00:00:00Z");

    private EcbPlusReader() {
    }

    /** Whether the folder holds ECB+ documents, or is the corpus root with numbered topic folders that do. */
    static boolean isCorpusFolder(Path folder) {
        return !documents(folder, false).isEmpty();
    }

    static List<Article> read(Path folder) {
        List<Article> articles = new ArrayList<>();
        for (Path file : documents(folder, true)) articles.add(readDocument(file));
        return articles;
    }

    static Article readDocument(Path file) {
        Matcher name = DOCUMENT.matcher(file.getFileName().toString());
        if (!name.matches()) throw new ArticleInputException(file + ": not an ECB+ document name such as 1_10ecb.xml or 1_10ecbplus.xml");
        boolean ecbPlus = name.group(3).equals("ecbplus");
        List<List<String>> sentences = sentences(file);
        String url = null;
        if (ecbPlus && !sentences.isEmpty() && String.join("", sentences.get(0)).matches("(?i)https?://.*")) {
            url = String.join("", sentences.remove(0));
        }
        // the ECB component kept hyphenated words whole, so its lone "-" are dashes; the ECB+ component split them
        TokenSpacing spacing = new TokenSpacing(ecbPlus);
        StringBuilder body = new StringBuilder();
        for (List<String> sentence : sentences) {
            if (body.length() > 0) body.append('\n');
            body.append(spacing.sentence(sentence));
        }
        if (body.isEmpty()) throw new ArticleInputException(file + ": an ECB+ document without tokens");
        Instant publishedAt = EPOCH.plus(Duration.ofDays(Long.parseLong(name.group(1))))
                .plus(Duration.ofHours(ecbPlus ? 12 : 0)).plus(Duration.ofMinutes(Long.parseLong(name.group(2))));
        String id = file.getFileName().toString();
        return new Article(id.substring(0, id.length() - ".xml".length()), "ECB+", url, null, body.toString(), publishedAt, "en");
    }

    /** The tokens of each sentence, in sentence and token order. */
    private static List<List<String>> sentences(Path file) {
        record Token(int sentence, int number, String text) {
        }
        List<Token> tokens = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = xmlInput().createXMLStreamReader(in);
            boolean root = true;
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT) continue;
                String element = xml.getLocalName();
                if (root && !element.equals("Document")) {
                    throw new ArticleInputException(file + " line " + xml.getLocation().getLineNumber()
                            + ": not an ECB+ document (root element <" + element + ">, expected <Document>)");
                }
                root = false;
                // the annotations after the tokens are not needed
                if (element.equals("Markables")) break;
                if (!element.equals("token")) continue;
                int line = xml.getLocation().getLineNumber();
                int sentence = number(xml, "sentence", file, line), number = number(xml, "number", file, line);
                tokens.add(new Token(sentence, number, xml.getElementText().strip()));
            }
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
            throw new ArticleInputException(file + (line > 0 ? " line " + line : "") + ": not well-formed XML (" + reason(e.getMessage()) + ")");
        } catch (IOException e) {
            throw new ArticleInputException(file + ": cannot be read (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
        tokens.sort(Comparator.comparingInt(Token::sentence).thenComparingInt(Token::number));
        List<List<String>> sentences = new ArrayList<>();
        int current = Integer.MIN_VALUE;
        for (Token token : tokens) {
            if (token.text().isEmpty()) continue;
            if (token.sentence() != current || sentences.isEmpty()) {
                sentences.add(new ArrayList<>());
                current = token.sentence();
            }
            sentences.get(sentences.size() - 1).add(token.text());
        }
        return sentences;
    }

    private static int number(XMLStreamReader xml, String attribute, Path file, int line) {
        String value = xml.getAttributeValue(null, attribute);
        try {
            return Integer.parseInt(value == null ? "" : value.trim());
        } catch (NumberFormatException e) {
            throw new ArticleInputException(file + " line " + line + ": <token> needs a numeric '" + attribute + "' attribute, found "
                    + (value == null ? "none" : "'" + value + "'"));
        }
    }

    /** The JDK's own StAX parser, which never reads a DTD or an external entity: the corpus files need neither. */
    private static XMLInputFactory xmlInput() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    }

    /**
     * The documents in the folder and, with the corpus root, in its numbered topic folders, in topic, component and
     * document order. Other files (the corpus ships Finder "Icon" files and .DS_Store) are skipped; with
     * {@code strict}, an .xml file that is not named like a document is an error, since its time could not be derived.
     */
    private static List<Path> documents(Path folder, boolean strict) {
        List<Path> documents = new ArrayList<>(documentsIn(folder, strict));
        if (documents.isEmpty()) {
            for (Path topic : list(folder)) {
                if (Files.isDirectory(topic) && topic.getFileName().toString().matches("\\d+")) documents.addAll(documentsIn(topic, strict));
            }
        }
        documents.sort(Comparator.comparing(EcbPlusReader::orderKey));
        return documents;
    }

    private static List<Path> documentsIn(Path folder, boolean strict) {
        List<Path> documents = new ArrayList<>();
        List<Path> otherXml = new ArrayList<>();
        for (Path file : list(folder)) {
            String name = file.getFileName().toString();
            if (!Files.isRegularFile(file)) continue;
            if (DOCUMENT.matcher(name).matches()) documents.add(file);
            else if (name.endsWith(".xml")) otherXml.add(file);
        }
        if (strict && !documents.isEmpty() && !otherXml.isEmpty()) {
            throw new ArticleInputException(otherXml.get(0) + ": not an ECB+ document name such as 1_10ecb.xml or 1_10ecbplus.xml;"
                    + " the publication time is derived from the name, so rename or remove it");
        }
        return documents;
    }

    private static String orderKey(Path document) {
        Matcher name = DOCUMENT.matcher(document.getFileName().toString());
        if (!name.matches()) throw new IllegalStateException(document.toString());
        return String.format("%09d %s %09d", Long.parseLong(name.group(1)), name.group(3), Long.parseLong(name.group(2)));
    }

    private static List<Path> list(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        } catch (IOException e) {
            throw new ArticleInputException(folder + ": cannot list the folder (" + e.getMessage() + ")");
        }
    }

    // the JDK's message puts "ParseError at [row,col]" on its first line and the reason on the last
    private static String reason(String message) {
        return message == null ? "" : message.lines().reduce((a, b) -> b).orElse("").trim();
    }
}
