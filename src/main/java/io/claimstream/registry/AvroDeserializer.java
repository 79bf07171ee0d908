package io.claimstream.registry;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reads records in Confluent's wire format into the generated class, resolving the writer schema
 * named by the record against the class's schema so that records written before or after a
 * compatible schema change still read.
 *
 * <p>Kafka Streams may share one instance between stream threads: datum readers are thread-safe
 * and the decoder is made per call.
 */
final class AvroDeserializer<T extends SpecificRecord> implements Deserializer<T> {

    private final SchemaRegistry registry;
    private final Schema readerSchema;
    private final SpecificData model;
    private final Map<Integer, DatumReader<T>> readersByWriterSchemaId = new ConcurrentHashMap<>();

    AvroDeserializer(Class<T> type, SchemaRegistry registry) {
        this.registry = registry;
        this.readerSchema = SpecificData.get().getSchema(type);
        this.model = SpecificData.getForClass(type);
    }

    @Override
    public T deserialize(String topic, byte[] data) {
        if (data == null) {
            return null;
        }
        if (data.length < ConfluentWireFormat.HEADER_SIZE) {
            throw new SerializationException("record on topic " + topic + " is not in the Confluent Avro wire format: "
                    + data.length + " bytes, shorter than the " + ConfluentWireFormat.HEADER_SIZE + "-byte header");
        }
        if (data[0] != ConfluentWireFormat.MAGIC_BYTE) {
            throw new SerializationException(String.format(
                    "record on topic %s is not in the Confluent Avro wire format: first byte 0x%02x, expected 0x%02x",
                    topic, data[0], ConfluentWireFormat.MAGIC_BYTE));
        }
        int schemaId = ByteBuffer.wrap(data, 1, Integer.BYTES).getInt();
        DatumReader<T> reader = readerFor(topic, schemaId);
        BinaryDecoder decoder = DecoderFactory.get().binaryDecoder(
                data, ConfluentWireFormat.HEADER_SIZE, data.length - ConfluentWireFormat.HEADER_SIZE, null);
        try {
            return reader.read(null, decoder);
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("record on topic " + topic + " with schema id " + schemaId
                    + " cannot be read as " + readerSchema.getFullName() + ": " + e, e);
        }
    }

    private DatumReader<T> readerFor(String topic, int schemaId) {
        DatumReader<T> cached = readersByWriterSchemaId.get(schemaId);
        if (cached != null) {
            return cached;
        }
        Schema writerSchema;
        try {
            writerSchema = registry.schemaById(schemaId);
        } catch (SchemaRegistryException e) {
            throw new SerializationException("cannot read record on topic " + topic
                    + ": writer schema id " + schemaId + " is unavailable: " + e.getMessage(), e);
        }
        DatumReader<T> reader = new SpecificDatumReader<>(writerSchema, readerSchema, model);
        readersByWriterSchemaId.putIfAbsent(schemaId, reader);
        return reader;
    }
}
