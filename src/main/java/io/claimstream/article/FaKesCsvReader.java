package io.claimstream.article;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;

/**
 * The FA-KES corpus (Abu Salem et al., "FA-KES: A Fake News Dataset around the Syrian War", ICWSM 2019;
 * zenodo.org/record/2607278, CC BY): one CSV row per article, with the {@link #COLUMNS} as header.
 * Each row becomes an Article with id {@code fakes-<unit_id>}, the outlet as source, the title, the content as body.
 *
 * <p>The published file repeats a few unit_ids (9 ids on 21 rows: the same article annotated more than once, with
 * labels that disagree; for one of them with two slightly different bodies). Those rows keep the same article id, so
 * the topology sees a re-sent article rather than a second source agreeing with itself.
 */
final class FaKesCsvReader {
    static final List<String> COLUMNS = List.of("unit_id", "article_title", "article_content", "source", "date", "location",
            "actor", "cause_of_death", "nb_children", "nb_civilians", "nb_noncivilians", "nb_women", "label");

    // The data writes every date as M/d/yy (4/5/17, 10/29/16); the four-digit and ISO forms are what a hand-made
    // or re-saved file is likely to hold instead.
    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("M/d/uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("M/d/uu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ISO_LOCAL_DATE);

    // A date has no time of day; noon UTC keeps the same calendar date in every time zone from UTC-11 to UTC+11,
    // as the seeds' manifest does.
    private static final LocalTime TIME_OF_DAY = LocalTime.NOON;

    private FaKesCsvReader() {
    }

    static List<Article> read(Path file) {
        List<List<String>> rows = Csv.parse(decode(readBytes(file)), file);
        if (rows.isEmpty()) throw new ArticleInputException(file + ": empty file; a .csv must be FA-KES with header " + String.join(",", COLUMNS));
        List<String> header = rows.get(0);
        List<String> missing = COLUMNS.stream().filter(c -> !header.contains(c)).toList();
        if (!missing.isEmpty()) {
            throw new ArticleInputException(file + " line 1: not a FA-KES CSV (no column " + String.join(", ", missing)
                    + "); a .csv needs the header " + String.join(",", COLUMNS)
                    + ", other inputs are a folder of .txt articles or ECB+ .xml documents, or a .jsonl file of Article objects");
        }
        int id = header.indexOf("unit_id"), title = header.indexOf("article_title"), body = header.indexOf("article_content");
        int source = header.indexOf("source"), date = header.indexOf("date");
        List<Article> articles = new ArrayList<>();
        // Csv does not report where a row starts; a row spans one line plus the line breaks inside its quoted fields.
        int line = 2 + lineBreaks(header);
        for (List<String> row : rows.subList(1, rows.size())) {
            String where = file + " line " + line;
            line += 1 + lineBreaks(row);
            if (row.size() != header.size()) {
                throw new ArticleInputException(where + ": expected " + header.size() + " columns, found " + row.size());
            }
            if (row.get(id).isBlank()) throw new ArticleInputException(where + ": empty unit_id");
            if (row.get(body).isBlank()) throw new ArticleInputException(where + ": empty article_content");
            articles.add(new Article("fakes-" + row.get(id).trim(), blankToNull(row.get(source)), null,
                    blankToNull(row.get(title)), row.get(body), publishedAt(row.get(date), where), "en"));
        }
        return articles;
    }

    static Instant publishedAt(String text, String where) {
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(text.trim(), format).atTime(TIME_OF_DAY).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        throw new ArticleInputException(where + ": date '" + text + "' is not a date such as 4/5/17 (M/d/yy), 4/5/2017 or 2017-04-05");
    }

    /**
     * UTF-8 when the file is UTF-8. The published FA-KES file is not: its few non-ASCII characters were lost to
     * two-byte placeholders (0x95 then '_', 0x81 or 0xB5, where quotes, dashes and the copyright sign stood), which
     * become a space; anything else is read as Windows-1252, the encoding such exports use.
     */
    static String decode(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            text = new String(withoutPlaceholders(bytes), Charset.forName("windows-1252"));
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    // A placeholder stood for one character: between two words it becomes a space, next to a space it goes.
    private static byte[] withoutPlaceholders(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
        for (int i = 0; i < bytes.length; i++) {
            int next = i + 1 < bytes.length ? bytes[i + 1] & 0xFF : -1;
            if ((bytes[i] & 0xFF) != 0x95 || (next != '_' && next != 0x81 && next != 0xB5)) {
                out.write(bytes[i]);
                continue;
            }
            boolean spaceBefore = i == 0 || bytes[i - 1] == ' ';
            boolean spaceAfter = i + 2 < bytes.length && bytes[i + 2] == ' ';
            if (!spaceBefore && !spaceAfter) out.write(' ');
            i += spaceBefore && spaceAfter ? 2 : 1;
        }
        return out.toByteArray();
    }

    private static byte[] readBytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ArticleInputException(file + ": cannot be read (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
    }

    private static int lineBreaks(List<String> row) {
        int breaks = 0;
        for (String field : row) breaks += (int) field.chars().filter(c -> c == '\n').count();
        return breaks;
    }

    private static String blankToNull(String text) {
        return text.isBlank() ? null : text.trim();
    }
}
