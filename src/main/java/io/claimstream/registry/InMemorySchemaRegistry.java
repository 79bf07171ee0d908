package io.claimstream.registry;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.avro.Schema;

/**
 * A schema registry that lives inside the process, for runs that have no Kafka cluster (the
 * in-process {@code analyze} command) and for tests.
 *
 * <p>Like Confluent's registry, an id identifies a schema rather than a (subject, schema) pair, so
 * the same schema registered under two subjects gets one id.
 */
public final class InMemorySchemaRegistry implements SchemaRegistry {

    private final AtomicInteger lastId = new AtomicInteger();
    /** Keyed by the full JSON form, not the parsing canonical form: that drops defaults and logical types, which matter when reading. */
    private final Map<String, Integer> idsBySchemaJson = new ConcurrentHashMap<>();
    private final Map<Integer, Schema> schemasById = new ConcurrentHashMap<>();

    @Override
    public int register(String subject, Schema schema) {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(schema, "schema");
        return idsBySchemaJson.computeIfAbsent(schema.toString(), json -> {
            int id = lastId.incrementAndGet();
            schemasById.put(id, schema);
            return id;
        });
    }

    @Override
    public Schema schemaById(int id) {
        Schema schema = schemasById.get(id);
        if (schema == null) {
            throw new SchemaRegistryException(
                    "the in-memory schema registry has no schema with id " + id + ": the record was not written by this process");
        }
        return schema;
    }
}
