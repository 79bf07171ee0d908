package io.claimstream.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.claimstream.avro.Article;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class AvroSerdeTest {

    /** Article as it was before the optional {@code language} field was added. */
    private static final Schema ARTICLE_WITHOUT_LANGUAGE = new Schema.Parser().parse("""
            {"type": "record", "name": "Article", "namespace": "io.claimstream.avro", "fields": [
              {"name": "id", "type": "string"},
              {"name": "source", "type": ["null", "string"], "default": null},
              {"name": "url", "type": ["null", "string"], "default": null},
              {"name": "title", "type": ["null", "string"], "default": null},
              {"name": "body", "type": "string"},
              {"name": "publishedAt", "type": {"type": "long", "logicalType": "timestamp-millis"}}
            ]}""");

    private final InMemorySchemaRegistry registry = new InMemorySchemaRegistry();
    private final AvroSerde<Article> serde = AvroSerde.of(Article.class, registry);

    @Test
    void writesTheConfluentWireFormatAndReadsItBack() throws IOException {
        Article article = article();

        byte[] bytes = serde.serializer().serialize("articles", article);

        int registeredId = registry.register("articles-value", Article.getClassSchema());
        assertThat(bytes[0]).isEqualTo((byte) 0);
        assertThat(ByteBuffer.wrap(bytes, 1, 4).getInt()).isEqualTo(registeredId);
        Article decoded = new SpecificDatumReader<>(Article.class).read(null,
                DecoderFactory.get().binaryDecoder(Arrays.copyOfRange(bytes, 5, bytes.length), null));
        assertThat(decoded).isEqualTo(article);
        assertThat(serde.deserializer().deserialize("articles", bytes)).isEqualTo(article);
    }

    @Test
    void passesNullThroughBothWays() {
        assertThat(serde.serializer().serialize("articles", null)).isNull();
        assertThat(serde.deserializer().deserialize("articles", null)).isNull();
    }

    @Test
    void registersOncePerSubjectNamedAfterTheTopic() {
        RecordingRegistry recording = new RecordingRegistry();
        AvroSerde<Article> values = AvroSerde.of(Article.class, recording);
        AvroSerde<Article> keys = AvroSerde.of(Article.class, recording);
        keys.configure(Map.of(), true);

        values.serializer().serialize("articles", article());
        values.serializer().serialize("articles", article());
        values.serializer().serialize("archive", article());
        keys.serializer().serialize("articles", article());

        assertThat(recording.subjects).containsExactly("articles-value", "archive-value", "articles-key");
    }

    @Test
    void readsRecordsWrittenWithAnOlderSchemaUsingTheNewDefaults() throws IOException {
        int oldId = registry.register("articles-value", ARTICLE_WITHOUT_LANGUAGE);
        GenericRecord old = new GenericData.Record(ARTICLE_WITHOUT_LANGUAGE);
        old.put("id", "a-1");
        old.put("body", "Floods hit the valley.");
        old.put("publishedAt", 1_700_000_000_000L);

        Article article = serde.deserializer().deserialize("articles", frame(oldId, ARTICLE_WITHOUT_LANGUAGE, old));

        assertThat(article.getId()).isEqualTo("a-1");
        assertThat(article.getBody()).isEqualTo("Floods hit the valley.");
        assertThat(article.getPublishedAt()).isEqualTo(Instant.ofEpochMilli(1_700_000_000_000L));
        assertThat(article.getLanguage()).isNull();
    }

    @Test
    void rejectsBytesWithoutTheMagicByte() {
        byte[] json = "{\"id\":\"a-1\"}".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> serde.deserializer().deserialize("articles", json))
                .isInstanceOf(SerializationException.class)
                .hasMessage("record on topic articles is not in the Confluent Avro wire format: "
                        + "first byte 0x7b, expected 0x00");
    }

    @Test
    void rejectsBytesShorterThanTheHeader() {
        assertThatThrownBy(() -> serde.deserializer().deserialize("articles", new byte[] {0, 0, 1}))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("topic articles")
                .hasMessageContaining("3 bytes, shorter than the 5-byte header");
    }

    @Test
    void namesTopicAndIdWhenTheWriterSchemaIsUnknown() {
        byte[] unknownId = {0, 0, 0, 0, 42, 2, 'x'};

        assertThatThrownBy(() -> serde.deserializer().deserialize("articles", unknownId))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("topic articles")
                .hasMessageContaining("schema id 42");
    }

    @Test
    void namesTopicAndIdWhenTheBodyIsCorrupt() {
        byte[] bytes = serde.serializer().serialize("articles", article());
        byte[] truncated = Arrays.copyOf(bytes, 8);

        assertThatThrownBy(() -> serde.deserializer().deserialize("articles", truncated))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("topic articles with schema id 1")
                .hasMessageContaining("cannot be read as io.claimstream.avro.Article");
    }

    private static Article article() {
        return Article.newBuilder()
                .setId("a-1")
                .setSource("TASS")
                .setTitle("Floods")
                .setBody("Floods hit the valley on Monday.")
                .setPublishedAt(Instant.parse("2024-05-06T07:08:09.123Z"))
                .setLanguage("en")
                .build();
    }

    private static byte[] frame(int schemaId, Schema schema, GenericRecord record) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0);
        out.write(ByteBuffer.allocate(4).putInt(schemaId).array());
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
        new GenericDatumWriter<GenericRecord>(schema).write(record, encoder);
        encoder.flush();
        return out.toByteArray();
    }

    /** Remembers each subject it is asked to register under. */
    private static final class RecordingRegistry implements SchemaRegistry {
        private final InMemorySchemaRegistry delegate = new InMemorySchemaRegistry();
        final List<String> subjects = new ArrayList<>();

        @Override
        public synchronized int register(String subject, Schema schema) {
            subjects.add(subject);
            return delegate.register(subject, schema);
        }

        @Override
        public Schema schemaById(int id) {
            return delegate.schemaById(id);
        }
    }
}
