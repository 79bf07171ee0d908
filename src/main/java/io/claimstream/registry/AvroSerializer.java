package io.claimstream.registry;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Writes records in Confluent's wire format, registering the schema under the topic's subject
 * (TopicNameStrategy) the first time each topic is written to.
 *
 * <p>Kafka Streams may share one instance between stream threads: the datum writer is stateless
 * and the encoder is made per call.
 */
final class AvroSerializer<T extends SpecificRecord> implements Serializer<T> {

    private final SchemaRegistry registry;
    private final Schema schema;
    private final DatumWriter<T> writer;
    private final Map<String, Integer> idsBySubject = new ConcurrentHashMap<>();
    private volatile boolean isKey;

    AvroSerializer(Class<T> type, SchemaRegistry registry) {
        this.registry = registry;
        this.schema = SpecificData.get().getSchema(type);
        this.writer = new SpecificDatumWriter<>(schema, SpecificData.getForClass(type));
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        this.isKey = isKey;
    }

    @Override
    public byte[] serialize(String topic, T data) {
        if (data == null) {
            return null;
        }
        int schemaId = schemaIdFor(topic);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(ConfluentWireFormat.MAGIC_BYTE);
        out.writeBytes(ByteBuffer.allocate(Integer.BYTES).putInt(schemaId).array());
        try {
            BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(out, null);
            writer.write(data, encoder);
            encoder.flush();
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("cannot write a " + schema.getFullName() + " to topic " + topic
                    + " with schema id " + schemaId + ": " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    private int schemaIdFor(String topic) {
        String subject = topic + (isKey ? "-key" : "-value");
        Integer cached = idsBySubject.get(subject);
        if (cached != null) {
            return cached;
        }
        int id;
        try {
            id = registry.register(subject, schema);
        } catch (SchemaRegistryException e) {
            throw new SerializationException("cannot register the " + schema.getFullName()
                    + " schema for topic " + topic + ": " + e.getMessage(), e);
        }
        idsBySubject.put(subject, id);
        return id;
    }
}
