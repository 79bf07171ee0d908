package io.claimstream.stream;

import io.claimstream.registry.SchemaRegistry;
import io.claimstream.verdict.Verdict;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Properties;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads verdicts from the verdict topics, decoded through the schema registry, only those of committed
 * transactions. It joins no consumer group: it reads every partition from the beginning (or only what comes
 * next), so watching never disturbs the application or another watcher.
 */
public final class VerdictConsumer implements AutoCloseable {
    private final KafkaConsumer<String, io.claimstream.avro.Verdict> consumer;

    public VerdictConsumer(Properties clientProps, SchemaRegistry registry, List<String> topics, boolean fromBeginning) {
        Properties props = new Properties();
        clientProps.forEach((k, v) -> {
            String key = k.toString();
            if (ConsumerConfig.configNames().contains(key) || key.startsWith("sasl.") || key.startsWith("ssl.")) props.put(key, v);
        });
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.remove(ConsumerConfig.GROUP_ID_CONFIG);
        consumer = new KafkaConsumer<>(props, new StringDeserializer(), new Topics(registry).conflicts.valueSerde().deserializer());
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics) {
            for (PartitionInfo p : consumer.partitionsFor(topic, Duration.ofSeconds(20))) {
                partitions.add(new TopicPartition(topic, p.partition()));
            }
        }
        consumer.assign(partitions);
        if (fromBeginning) consumer.seekToBeginning(partitions);
        else consumer.seekToEnd(partitions);
    }

    /**
     * Starts instead at most {@code records} before the end of each partition: the latest verdicts, without reading
     * a topic's whole history first. (Transaction markers take offsets too, so a few fewer may come.)
     */
    public void startFromLatest(long records) {
        Set<TopicPartition> partitions = consumer.assignment();
        Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, Duration.ofSeconds(20));
        Map<TopicPartition, Long> beginnings = consumer.beginningOffsets(partitions, Duration.ofSeconds(20));
        for (TopicPartition p : partitions) consumer.seek(p, Math.max(beginnings.get(p), ends.get(p) - records));
    }

    /** Hands each verdict to {@code each} until {@link #wakeup()} is called from another thread. */
    public void forEach(Consumer<Verdict> each) {
        try {
            while (true) poll(Duration.ofMillis(500), each);
        } catch (WakeupException stop) {
            // asked to stop
        }
    }

    /** One poll: the verdicts that arrived within the timeout. */
    public int poll(Duration timeout, Consumer<Verdict> each) {
        int n = 0;
        for (ConsumerRecord<String, io.claimstream.avro.Verdict> r : consumer.poll(timeout)) {
            if (r.value() == null) continue;
            each.accept(AvroMapping.verdict(r.value()));
            n++;
        }
        return n;
    }

    public void wakeup() {
        consumer.wakeup();
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(5));
    }
}
