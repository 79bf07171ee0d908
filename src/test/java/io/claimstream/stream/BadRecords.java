package io.claimstream.stream;

import io.claimstream.article.Article;
import io.claimstream.registry.SchemaRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.util.Utf8;

/**
 * Records a hostile or broken feed sends to `articles`, made from a seed so that every run sends the same ones. Each
 * says what should become of it: a dead letter whose reason contains a given phrase, or an article that is read
 * like any other.
 */
final class BadRecords {
    /** What a record is and what should become of it; {@code rejectedBecause} is null for a record that is read. */
    record Bad(String kind, String key, byte[] value, String rejectedBecause) {
    }

    private final SchemaRegistry registry;
    private final Random random;
    private final List<Article> texts;

    /** @param texts real articles whose text the hostile articles reuse */
    BadRecords(SchemaRegistry registry, long seed, List<Article> texts) {
        this.registry = registry;
        this.random = new Random(seed);
        this.texts = texts;
    }

    List<Bad> all() {
        List<Bad> bad = new ArrayList<>();
        Topics topics = new Topics(registry);
        for (int i = 0; i < 260; i++) {
            byte[] junk = bytes(1 + random.nextInt(4_096));
            junk[0] = (byte) (1 + random.nextInt(255)); // never the wire format's magic byte 0
            bad.add(new Bad("random bytes", "junk-" + i, junk, "not in the Confluent Avro wire format"));
        }
        for (int i = 0; i < 150; i++) {
            int id = 1_000_000 + i;
            byte[] payload = bytes(random.nextInt(200));
            byte[] value = ByteBuffer.allocate(5 + payload.length).put((byte) 0).putInt(id).put(payload).array();
            bad.add(new Bad("unknown schema id", "unknown-schema-" + i, value, "schema id " + id));
        }
        Article sample = texts.get(0);
        for (int i = 0; i < 150; i++) {
            byte[] value = switch (i % 3) {
                case 0 -> topics.claims.valueSerde().serializer().serialize(Topics.CLAIMS, claimOf(sample, i));
                case 1 -> topics.deadLetters.valueSerde().serializer().serialize(Topics.DEAD_LETTERS, letterOf(i));
                default -> topics.conflicts.valueSerde().serializer().serialize(Topics.CONFLICTS, verdictOf(i));
            };
            bad.add(new Bad("Avro of another schema", "other-schema-" + i, value, "cannot be read as io.claimstream.avro.Article"));
        }
        for (int i = 0; i < 100; i++) bad.add(new Bad("null value", "tombstone-" + i, null, "has no value"));
        for (int i = 0; i < 100; i++) {
            String body = i % 2 == 0 ? "" : " \n\t\u00A0 ".repeat(1 + i % 7).replace('\u00A0', ' ');
            bad.add(article("empty body", article("empty-" + i, body, i), "has an empty body"));
        }
        for (int i = 0; i < 3; i++) {
            String body = texts.get(i).body();
            bad.add(article("5 MB body", article("huge-" + i, body.repeat(5_000_000 / body.length() + 1).substring(0, 5_000_000), i),
                    "over the limit of"));
        }
        for (int i = 0; i < 60; i++) bad.add(article("binary text", article("binary-" + i, binaryText(2_000 + random.nextInt(20_000)), i), null));
        for (int i = 0; i < 60; i++) {
            Article a = texts.get(i % texts.size());
            byte[] latin1 = (a.body() + " Caf\u00e9 \u00a3200, na\u00efve \u00bd").getBytes(StandardCharsets.ISO_8859_1);
            byte[] raw = new byte[latin1.length + 64];
            System.arraycopy(latin1, 0, raw, 0, latin1.length);
            for (int j = latin1.length; j < raw.length; j++) raw[j] = (byte) (0x80 + random.nextInt(128)); // stray continuation bytes
            bad.add(new Bad("non-UTF-8 body", "latin1-" + i, withRawBody("latin1-" + i, raw, a.publishedAt()), null));
        }
        for (int i = 0; i < 60; i++) {
            Article a = texts.get((i * 7) % texts.size());
            bad.add(article("HTML page", new Article("html-" + i, "Web", a.url(), a.title(), htmlPage(a), a.publishedAt(), null), null));
        }
        for (int i = 0; i < 60; i++) bad.add(article("other language", article("lang-" + i, otherLanguage(i), i), null));
        for (int i = 0; i < 2; i++) bad.add(article("10,000 dates", article("dates-" + i, tenThousandDates(i), i), null));
        return bad;
    }

    private Bad article(String kind, Article article, String rejectedBecause) {
        return new Bad(kind, article.id(), new Topics(registry).articles.valueSerde().serializer()
                .serialize(Topics.ARTICLES, AvroMapping.article(article)), rejectedBecause);
    }

    private Article article(String id, String body, int i) {
        Article like = texts.get(i % texts.size());
        return new Article(id, "Hostile feed", null, null, body, like.publishedAt(), null);
    }

    /** An Article in the wire format whose body is bytes that are not UTF-8, as a producer with the wrong charset sends. */
    private byte[] withRawBody(String id, byte[] body, Instant publishedAt) {
        int schemaId = registry.register(Topics.ARTICLES + "-value", io.claimstream.avro.Article.getClassSchema());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0);
        out.writeBytes(ByteBuffer.allocate(4).putInt(schemaId).array());
        BinaryEncoder e = EncoderFactory.get().binaryEncoder(out, null);
        try {
            e.writeString(id);
            e.writeIndex(1);
            e.writeString("Latin-1 feed");
            e.writeIndex(0); // url
            e.writeIndex(0); // title
            e.writeString(new Utf8(body));
            e.writeLong(publishedAt.toEpochMilli());
            e.writeIndex(0); // language
            e.flush();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return out.toByteArray();
    }

    private byte[] bytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    /** Code points from every plane, control characters and unpaired-looking runs included. */
    private String binaryText(int length) {
        StringBuilder s = new StringBuilder(length);
        while (s.length() < length) {
            int cp = switch (random.nextInt(4)) {
                case 0 -> random.nextInt(0x20);
                case 1 -> random.nextInt(0x80);
                case 2 -> random.nextInt(0xD800);
                default -> 0x10000 + random.nextInt(0x10FFFF - 0x10000);
            };
            s.appendCodePoint(cp);
        }
        return s.toString();
    }

    private String htmlPage(Article a) {
        StringBuilder p = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>")
                .append(a.title() == null ? "News" : a.title()).append("</title><style>body{font:12px/1.4 sans-serif}</style>")
                .append("<script>var x = '2019-01-01'; if (a < b && c > d) { track(\"January 9\"); }</script></head><body>")
                .append("<nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/world\">World</a></li></ul></nav><article>");
        for (String paragraph : a.body().split("\n")) {
            p.append("<p>").append(paragraph.replace("&", "&amp;").replace("<", "&lt;")).append("</p>\n");
        }
        return p.append("</article><footer>&copy; 2016 &nbsp;|&nbsp; <a href=\"/privacy\">Privacy</a></footer></body></html>").toString();
    }

    private static final String[] LANGUAGES = {
        "انفجار سيارة مفخخة في دمشق أسفر عن مقتل 12 شخصا يوم الثلاثاء 9 كانون الثاني 2016.",
        "俄罗斯和美国的外交官于1月10日在日内瓦举行会谈，会谈持续了七个小时。",
        "Переговоры России и США прошли в Женеве 10 января и продолжались около восьми часов.",
        "Οι συνομιλίες Ρωσίας και ΗΠΑ έγιναν στη Γενεύη στις 10 Ιανουαρίου 2022.",
        "रूस और अमेरिका के राजनयिकों ने 10 जनवरी को जिनेवा में बातचीत की।",
        "Las conversaciones entre Rusia y Estados Unidos duraron ocho horas en Ginebra el 10 de enero.",
        "ロシアと米国の外交官は1月10日にジュネーブで会談した。",
        "שיחות בין רוסיה לארצות הברית נערכו בז'נבה ב-10 בינואר.",
        "Rus ve Amerikalı diplomatlar 10 Ocak'ta Cenevre'de görüştü.",
        "Rosyjscy i amerykańscy dyplomaci spotkali się 10 stycznia w Genewie.",
    };

    private String otherLanguage(int i) {
        StringBuilder s = new StringBuilder();
        for (int j = 0; j < 5 + random.nextInt(40); j++) s.append(LANGUAGES[(i + j * (1 + random.nextInt(3))) % LANGUAGES.length]).append(' ');
        return s.toString();
    }

    /** An article about an event that dates it 10,000 times, in sentences of 50 dates. */
    private String tenThousandDates(int variant) {
        StringBuilder s = new StringBuilder();
        String[] months = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"};
        for (int sentence = 0; sentence < 200; sentence++) {
            s.append(variant == 0 ? "Russian and American diplomats held talks in Geneva on " : "An air strike on Idlib killed civilians on ");
            for (int d = 0; d < 50; d++) {
                int n = sentence * 50 + d;
                if (d > 0) s.append(d == 49 ? " and " : ", ");
                s.append(months[n % 12]).append(' ').append(1 + n % 28).append(", ").append(2000 + n % 23);
            }
            s.append(". ");
        }
        return s.toString();
    }

    private static io.claimstream.avro.Claim claimOf(Article a, int i) {
        return io.claimstream.avro.Claim.newBuilder().setClaimId("c" + i).setArticleId(a.id()).setSource(null).setEventKey("meeting:a+b")
                .setEventLabel("meeting").setEventType("meeting").setEventQualifier(null).setOccurrence("CURRENT").setEventSite(null)
                .setEventDay(null).setAttribute("date").setValue("2022-01-10").setDisplay("January 10").setSentence("They met on January 10.")
                .setSentenceStart(0).setSentenceEnd(24).setPublishedAt(a.publishedAt()).setConfidence(0.5).build();
    }

    private static io.claimstream.avro.DeadLetter letterOf(int i) {
        return io.claimstream.avro.DeadLetter.newBuilder().setTopic("elsewhere").setPartition(i).setOffset(i).setKey(null).setValue(null)
                .setErrorClass("X").setReason("a dead letter where an article belongs").setFailedAt(Instant.EPOCH).build();
    }

    private static io.claimstream.avro.Verdict verdictOf(int i) {
        io.claimstream.avro.VerdictClaim side = io.claimstream.avro.VerdictClaim.newBuilder().setClaimId("c" + i).setArticleId("a" + i)
                .setSource(null).setValue("2022-01-10").setText("They met on January 10.").build();
        return io.claimstream.avro.Verdict.newBuilder().setVerdict(io.claimstream.avro.VerdictKind.AGREEMENT).setEventKey("meeting:a+b")
                .setEventId("meeting:a+b@2022-01-10").setEventLabel("meeting").setAttribute("date").setClaim(side).setOthers(List.of(side))
                .setExplanation("a verdict where an article belongs").setDetectedAt(Instant.EPOCH).build();
    }
}
