package io.claimstream.registry;

import java.util.Map;
import java.util.Objects;
import org.apache.avro.specific.SpecificRecord;
import org.apache.avro.util.ClassSecurityValidator;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Serde for a generated Avro class in Confluent's wire format, so claimstream's topics can be read
 * and written by any Confluent-compatible client. The registry belongs to the caller and is not
 * closed with the serde.
 */
public final class AvroSerde<T extends SpecificRecord> implements Serde<T> {

    private final AvroSerializer<T> serializer;
    private final AvroDeserializer<T> deserializer;

    private AvroSerde(Class<T> type, SchemaRegistry registry) {
        this.serializer = new AvroSerializer<>(type, registry);
        this.deserializer = new AvroDeserializer<>(type, registry);
    }

    public static <T extends SpecificRecord> AvroSerde<T> of(Class<T> type, SchemaRegistry registry) {
        trustPackageOf(type);
        return new AvroSerde<>(Objects.requireNonNull(type, "type"), Objects.requireNonNull(registry, "registry"));
    }

    /**
     * Avro 1.12 refuses to instantiate classes outside trusted packages. The generated classes a serde is made
     * for are ours, so their package is trusted here rather than in every JVM's system properties.
     */
    private static synchronized void trustPackageOf(Class<?> type) {
        String trusted = type.getPackageName();
        ClassSecurityValidator.ClassSecurityPredicate current = ClassSecurityValidator.getGlobal();
        if (current.isTrusted(type)) return;
        ClassSecurityValidator.setGlobal(ClassSecurityValidator.composite(current, c -> c.getPackageName().equals(trusted)));
    }

    /** {@code isKey} selects the subject: {@code <topic>-key} rather than {@code <topic>-value}. */
    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        serializer.configure(configs, isKey);
        deserializer.configure(configs, isKey);
    }

    @Override
    public Serializer<T> serializer() {
        return serializer;
    }

    @Override
    public Deserializer<T> deserializer() {
        return deserializer;
    }
}
