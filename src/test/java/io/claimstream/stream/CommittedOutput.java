package io.claimstream.stream;

import io.claimstream.registry.SchemaRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * What the application has committed, read as a dashboard would (isolation.level=read_committed), and whether it is
 * done: the application has processed everything when its group's committed offset is past the last record of
 * every `articles` partition and past the last committed claim of every `claims` partition. Under exactly-once
 * the verdicts of a claim are committed in the transaction that commits its offset, so nothing is still to come.
 */
final class CommittedOutput {
    private final Properties client;
    private final SchemaRegistry registry;

    CommittedOutput(Properties client, SchemaRegistry registry) {
        this.client = client;
        this.registry = registry;
    }

    /** Every committed record of the topic, in partition and offset order; values decoded with the deserializer. */
    <V> List<ConsumerRecord<String, V>> read(String topic, Deserializer<V> values) {
        Properties p = new Properties();
        p.putAll(client);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 16 * 1024 * 1024);
        List<ConsumerRecord<String, V>> records = new ArrayList<>();
        try (KafkaConsumer<String, V> consumer = new KafkaConsumer<>(p, new StringDeserializer(), values)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(i -> new TopicPartition(topic, i.partition())).sorted((a, b) -> a.partition() - b.partition()).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, Duration.ofSeconds(30));
            long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < ends.get(tp))) {
                if (System.nanoTime() > deadline) throw new AssertionError("cannot read " + topic + " to its end " + ends);
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        records.sort((a, b) -> a.partition() != b.partition() ? a.partition() - b.partition() : Long.compare(a.offset(), b.offset()));
        return records;
    }

    List<io.claimstream.verdict.Verdict> verdicts() {
        Deserializer<io.claimstream.avro.Verdict> d = new Topics(registry).conflicts.valueSerde().deserializer();
        List<io.claimstream.verdict.Verdict> all = new ArrayList<>();
        for (String topic : List.of(Topics.CONFLICTS, Topics.AGREEMENTS)) {
            read(topic, d).forEach(r -> all.add(AvroMapping.verdict(r.value())));
        }
        return all;
    }

    List<io.claimstream.avro.DeadLetter> deadLetters() {
        return read(Topics.DEAD_LETTERS, new Topics(registry).deadLetters.valueSerde().deserializer()).stream().map(ConsumerRecord::value).toList();
    }

    List<io.claimstream.avro.Claim> claims() {
        // records of `claims` with no value are watermarks (PublicationOrder), not claims
        return read(Topics.CLAIMS, new Topics(registry).claims.valueSerde().deserializer()).stream().map(ConsumerRecord::value)
                .filter(java.util.Objects::nonNull).toList();
    }

    /** The share of `articles` records whose offsets the application has committed, 0 to 1. */
    double articlesDone(String applicationId) {
        Map<TopicPartition, Long> ends = ends(Topics.ARTICLES);
        Map<TopicPartition, OffsetAndMetadata> committed = committed(applicationId);
        long total = ends.values().stream().mapToLong(Long::longValue).sum(), done = 0;
        for (var e : ends.entrySet()) {
            OffsetAndMetadata c = committed.get(e.getKey());
            done += c == null ? 0 : Math.min(c.offset(), e.getValue());
        }
        if (ends.isEmpty()) return 0; // the broker did not answer
        return total == 0 ? 1 : (double) done / total;
    }

    /** Waits until the application has processed every record of `articles` and every claim it made of them. */
    void awaitProcessed(String applicationId, Duration timeout, Supplier<String> diagnostics) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (articlesDone(applicationId) >= 1 && claimsDone(applicationId)) return;
            AppProcess.sleep(500);
        }
        throw new AssertionError(String.format("the application did not process everything within %d s (articles %.1f %% committed):%n%s",
                timeout.toSeconds(), 100 * articlesDone(applicationId), diagnostics.get()));
    }

    /**
     * Past the last claim of every `claims` partition; and, when `articles` has several partitions, past the latest
     * watermark from each of them, which must be quiet or later than every claim, so that no claim still waits in the
     * ordering step's store (PublicationOrder).
     */
    private boolean claimsDone(String applicationId) {
        int inputPartitions = ends(Topics.ARTICLES).size();
        List<ConsumerRecord<String, byte[]>> records = read(Topics.CLAIMS, (topic, data) -> data);
        long latestClaim = records.stream().filter(r -> r.value() != null).mapToLong(ConsumerRecord::timestamp).max().orElse(Long.MIN_VALUE);
        Map<TopicPartition, Long> mustPass = new HashMap<>();
        Map<TopicPartition, Map<Integer, Watermark>> latestWatermarks = new HashMap<>();
        for (var r : records) {
            TopicPartition tp = new TopicPartition(r.topic(), r.partition());
            if (r.value() != null) {
                mustPass.merge(tp, r.offset(), Math::max);
                continue;
            }
            Watermark.in(r.headers()).ifPresent(w -> {
                latestWatermarks.computeIfAbsent(tp, k -> new HashMap<>()).put(w.inputPartition(), w);
                mustPass.merge(tp, r.offset(), Math::max);
            });
        }
        if (inputPartitions > 1 && mustPass.keySet().stream().anyMatch(tp -> {
            Map<Integer, Watermark> latest = latestWatermarks.getOrDefault(tp, Map.of());
            return latest.size() < inputPartitions || latest.values().stream().anyMatch(w -> !w.quiet() && w.before() <= latestClaim);
        })) {
            return false;
        }
        Map<TopicPartition, OffsetAndMetadata> committed = committed(applicationId);
        return mustPass.entrySet().stream().allMatch(e -> committed.get(e.getKey()) != null && committed.get(e.getKey()).offset() > e.getValue());
    }

    private Map<TopicPartition, OffsetAndMetadata> committed(String applicationId) {
        try (Admin admin = Admin.create(client)) {
            return admin.listConsumerGroupOffsets(applicationId).partitionsToOffsetAndMetadata().get();
        } catch (ExecutionException e) {
            return Map.of(); // the broker is restarting, or the group does not exist yet
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private Map<TopicPartition, Long> ends(String topic) {
        try (Admin admin = Admin.create(client)) {
            int n = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().size();
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            for (int i = 0; i < n; i++) latest.put(new TopicPartition(topic, i), OffsetSpec.latest());
            Map<TopicPartition, Long> ends = new HashMap<>();
            admin.listOffsets(latest).all().get().forEach((tp, info) -> ends.put(tp, info.offset()));
            return ends;
        } catch (ExecutionException e) {
            return Map.of(); // the broker is restarting
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
