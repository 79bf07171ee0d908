package io.claimstream.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The event mentions of ECB+ (Cybulska and Vossen 2014) in the setup of the event coreference literature
 * (Cybulska and Vossen 2015; Barhom et al. 2019; Cattan et al. 2021):
 * <ul>
 * <li>only the sentences listed in {@code ECBplus_coreference_sentences.csv} count, since annotation aimed at those
 *     and mentions outside them are incomplete; a mention lies in the sentence of its first token;</li>
 * <li>event mentions are the markables tagged {@code ACTION_*} and {@code NEG_ACTION_*} (the corpus README counts
 *     both as actions, and the reference preprocessing keeps both) that have token anchors; the anchorless ones
 *     are the descriptors of cross-document instances;</li>
 * <li>a mention that is a source of a {@code CROSS_DOC_COREF} belongs to the instance of its target; a source of an
 *     {@code INTRA_DOC_COREF} (chains that take part in no cross-document relation) to a chain of its own document;
 *     any other mention is a singleton.</li>
 * </ul>
 * Files are read with the JDK's StAX parser with DTDs and external entities off: the corpus needs neither.
 */
public final class EcbPlusCorpus {
    public static final String SENTENCE_LIST = "ECBplus_coreference_sentences.csv";
    private static final Pattern DOCUMENT = Pattern.compile("(\\d+)_(\\d+)(ecb|ecbplus)\\.xml");

    private final List<EcbDocument> documents;

    EcbPlusCorpus(List<EcbDocument> documents) {
        this.documents = List.copyOf(documents);
    }

    public List<EcbDocument> documents() {
        return documents;
    }

    public List<GoldMention> mentions() {
        return documents.stream().flatMap(d -> d.mentions().stream()).toList();
    }

    /**
     * Reads topics {@code first..last} of the corpus folder ({@code …/ECB+}, with the sentence list next to it,
     * or the release folder holding both). Documents with no listed sentence are left out, as in the literature.
     */
    public static EcbPlusCorpus load(Path path, int first, int last) {
        Path root = Files.isDirectory(path.resolve("ECB+")) ? path.resolve("ECB+") : path;
        if (!Files.isDirectory(root)) throw new EvalInputException(path + ": no such folder (expected the ECB+ corpus folder with topic folders 1 … 45)");
        if (!hasTopicFolder(root)) {
            throw new EvalInputException(path + ": not the ECB+ corpus folder (expected numbered topic folders such as 36/ holding 36_1ecb.xml)");
        }
        Path list = root.toAbsolutePath().normalize().resolveSibling(SENTENCE_LIST);
        if (!Files.isRegularFile(list)) {
            throw new EvalInputException(list + ": missing (the list of annotated sentences, expected next to the ECB+ folder " + root + ")");
        }
        Map<String, Set<Integer>> selected = selectedSentences(list);
        List<EcbDocument> documents = new ArrayList<>();
        boolean anyTopic = false;
        for (int topic = first; topic <= last; topic++) {
            Path folder = root.resolve(Integer.toString(topic));
            if (!Files.isDirectory(folder)) continue;
            anyTopic = true;
            for (Path file : documentsIn(folder)) {
                String name = file.getFileName().toString().replaceFirst("\\.xml$", "");
                Set<Integer> sentences = selected.get(name);
                if (sentences != null) documents.add(readDocument(file, topic, sentences));
            }
        }
        if (!anyTopic) {
            throw new EvalInputException(root + ": no topic folders " + first + " … " + last
                    + " (expected the ECB+ corpus folder, holding folders such as 36/ with 36_1ecb.xml)");
        }
        return new EcbPlusCorpus(documents);
    }

    private static boolean hasTopicFolder(Path root) {
        try (Stream<Path> entries = Files.list(root)) {
            return entries.anyMatch(p -> Files.isDirectory(p) && p.getFileName().toString().matches("\\d+"));
        } catch (IOException e) {
            throw new EvalInputException(root + ": cannot list the folder (" + e.getMessage() + ")");
        }
    }

    /** Document name ("36_1ecb") → the sentence numbers annotated in it. */
    static Map<String, Set<Integer>> selectedSentences(Path csv) {
        Map<String, Set<Integer>> selected = new HashMap<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(csv);
        } catch (IOException e) {
            throw new EvalInputException(csv + ": cannot be read (" + e.getMessage() + ")");
        }
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) continue;
            String[] f = line.split(",");
            if (f.length != 3 || !f[0].strip().matches("\\d+") || !f[2].strip().matches("\\d+")) {
                throw new EvalInputException(csv + " line " + (i + 1) + ": expected Topic,File,Sentence Number such as 36,1ecb,0, found '" + line + "'");
            }
            selected.computeIfAbsent(f[0].strip() + "_" + f[1].strip(), k -> new HashSet<>()).add(Integer.parseInt(f[2].strip()));
        }
        return selected;
    }

    private static List<Path> documentsIn(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> DOCUMENT.matcher(f.getFileName().toString()).matches())
                    .sorted(Comparator.comparing(EcbPlusCorpus::orderKey)).toList();
        } catch (IOException e) {
            throw new EvalInputException(folder + ": cannot list the folder (" + e.getMessage() + ")");
        }
    }

    private static String orderKey(Path document) {
        Matcher name = DOCUMENT.matcher(document.getFileName().toString());
        if (!name.matches()) throw new IllegalStateException(document.toString());
        return String.format("%s %09d", name.group(3), Long.parseLong(name.group(2)));
    }

    private record Token(int sentence, int number, String text) {
    }

    private record Markable(String id, String tag, List<Integer> anchors, String instance) {
    }

    static EcbDocument readDocument(Path file, int topic, Set<Integer> selectedSentences) {
        String name = file.getFileName().toString().replaceFirst("\\.xml$", "");
        Map<Integer, Token> tokens = new HashMap<>();
        List<Markable> markables = new ArrayList<>();
        Map<String, String> clusterOf = new HashMap<>();
        Map<String, String> instances = new HashMap<>();
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = xmlInput().createXMLStreamReader(in);
            String section = "";
            Markable open = null;
            String relation = null, relationCluster = null;
            List<String> sources = new ArrayList<>();
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.END_ELEMENT) {
                    String element = xml.getLocalName();
                    if (open != null && element.equals(open.tag())) {
                        markables.add(open);
                        if (open.instance() != null && !open.instance().isEmpty()) instances.put(open.id(), open.instance());
                        open = null;
                    } else if (relation != null && element.equals(relation)) {
                        for (String source : sources) clusterOf.putIfAbsent(source, relationCluster);
                        relation = null;
                    }
                    continue;
                }
                if (event != XMLStreamConstants.START_ELEMENT) continue;
                String element = xml.getLocalName();
                int line = xml.getLocation().getLineNumber();
                switch (element) {
                    case "Document" -> { }
                    case "token" -> {
                        int id = number(xml, "t_id", file, line), sentence = number(xml, "sentence", file, line);
                        int number = number(xml, "number", file, line);
                        tokens.put(id, new Token(sentence, number, xml.getElementText().strip()));
                    }
                    case "Markables", "Relations" -> section = element;
                    case "token_anchor" -> {
                        if (open != null) open.anchors().add(number(xml, "t_id", file, line));
                    }
                    case "source" -> {
                        if (relation != null) sources.add(xml.getAttributeValue(null, "m_id"));
                    }
                    case "target" -> {
                        if (relation == null) break;
                        String target = xml.getAttributeValue(null, "m_id");
                        // a cross-document chain is its target descriptor's instance ("note" repeats it); an intra-document
                        // chain is known by its relation id, and stays within its document
                        relationCluster = relation.equals("CROSS_DOC_COREF") ? instances.getOrDefault(target, relationCluster)
                                : "intra:" + name + ":" + relationCluster;
                    }
                    default -> {
                        if (section.equals("Markables")) {
                            open = new Markable(xml.getAttributeValue(null, "m_id"), element, new ArrayList<>(),
                                    xml.getAttributeValue(null, "instance_id"));
                        } else if (section.equals("Relations")) {
                            relation = element;
                            sources = new ArrayList<>();
                            relationCluster = element.equals("CROSS_DOC_COREF") ? xml.getAttributeValue(null, "note")
                                    : xml.getAttributeValue(null, "r_id");
                        }
                    }
                }
            }
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
            throw new EvalInputException(file + (line > 0 ? " line " + line : "") + ": not well-formed XML ("
                    + (e.getMessage() == null ? "" : e.getMessage().lines().reduce((a, b) -> b).orElse("").trim()) + ")");
        } catch (IOException e) {
            throw new EvalInputException(file + ": cannot be read (" + e.getMessage() + ")");
        }
        return assemble(name, topic, file, tokens, markables, clusterOf, selectedSentences);
    }

    private static EcbDocument assemble(String name, int topic, Path file, Map<Integer, Token> tokens, List<Markable> markables,
                                        Map<String, String> clusterOf, Set<Integer> selectedSentences) {
        Map<Integer, List<Token>> sentenceTokens = new TreeMap<>();
        tokens.values().stream().sorted(Comparator.comparingInt(Token::sentence).thenComparingInt(Token::number))
                .forEach(t -> sentenceTokens.computeIfAbsent(t.sentence(), k -> new ArrayList<>()).add(t));
        TreeMap<Integer, List<String>> sentences = new TreeMap<>();
        sentenceTokens.forEach((number, words) -> sentences.put(number, words.stream().map(Token::text).toList()));
        List<GoldMention> mentions = new ArrayList<>();
        for (Markable m : markables) {
            boolean event = m.tag().startsWith("ACTION_") || m.tag().startsWith("NEG_ACTION_");
            if (!event || m.anchors().isEmpty()) continue;
            List<Token> anchored = new ArrayList<>();
            for (int id : m.anchors()) {
                Token t = tokens.get(id);
                if (t == null) throw new EvalInputException(file + ": markable " + m.id() + " anchors to token " + id + ", which the document lacks");
                anchored.add(t);
            }
            int sentence = anchored.get(0).sentence();
            if (!selectedSentences.contains(sentence)) continue;
            String cluster = clusterOf.get(m.id());
            if (cluster == null) cluster = "singleton:" + name + ":" + m.id();
            List<Token> words = sentenceTokens.get(sentence);
            List<Integer> positions = anchored.stream().filter(t -> t.sentence() == sentence).map(words::indexOf).sorted().toList();
            String text = String.join(" ", anchored.stream().map(Token::text).toList());
            mentions.add(new GoldMention(name + "#" + m.id(), name, topic, sentence, positions, text, cluster));
        }
        mentions.sort(Comparator.comparingInt(GoldMention::sentence).thenComparingInt(g -> g.tokens().get(0)));
        return new EcbDocument(name, topic, sentences, mentions);
    }

    private static int number(XMLStreamReader xml, String attribute, Path file, int line) {
        String value = xml.getAttributeValue(null, attribute);
        try {
            return Integer.parseInt(value == null ? "" : value.trim());
        } catch (NumberFormatException e) {
            throw new EvalInputException(file + " line " + line + ": <" + xml.getLocalName() + "> needs a numeric '" + attribute
                    + "' attribute, found " + (value == null ? "none" : "'" + value + "'"));
        }
    }

    /** The JDK's own StAX parser, which then never reads a DTD or an external entity. */
    private static XMLInputFactory xmlInput() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    }
}
