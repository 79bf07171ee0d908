package io.claimstream.stream;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.embedded.EmbeddedKafka;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.StreamsBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The consumer's lag is what tells a quiet partition of `articles` from one behind: read on a real broker, from the
 * metrics the KafkaStreams instance reports (a processor's own metrics do not have it).
 */
class InputLagTest {
    @TempDir
    Path dir;

    @Test
    void readsTheConsumersLagOfEachPartitionOfArticles() throws Exception {
        InputLag lag = new InputLag();
        assertThat(lag.of(0)).as("before there is a consumer to ask").isEmpty();
        try (EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"), 0, 0)) {
            Properties client = new Properties();
            client.put("bootstrap.servers", kafka.bootstrapServers());
            try (Admin admin = Admin.create(client)) {
                admin.createTopics(List.of(new NewTopic(Topics.ARTICLES, 2, (short) 1))).all().get();
            }
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(client, new StringSerializer(), new StringSerializer())) {
                for (int i = 0; i < 10; i++) producer.send(new ProducerRecord<>(Topics.ARTICLES, i % 2, "a" + i, "article " + i));
            }
            AtomicInteger read = new AtomicInteger();
            StreamsBuilder builder = new StreamsBuilder();
            builder.stream(Topics.ARTICLES, Consumed.with(Serdes.ByteArray(), Serdes.ByteArray())).foreach((k, v) -> read.incrementAndGet());
            Properties props = StreamsProperties.base("input-lag-test", kafka.bootstrapServers(), dir.resolve("state").toString());
            props.put("auto.offset.reset", "earliest");
            try (KafkaStreams streams = new KafkaStreams(builder.build(), props)) {
                lag.measuredBy(streams);
                streams.start();
                long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                while ((read.get() < 10 || lag.of(0).isEmpty() || lag.of(1).isEmpty()) && System.nanoTime() < deadline) Thread.sleep(100);
                assertThat(read.get()).isEqualTo(10);
                assertThat(Map.of(0, lag.of(0), 1, lag.of(1))).as("both partitions read to their end")
                        .containsEntry(0, OptionalDouble.of(0)).containsEntry(1, OptionalDouble.of(0));
                assertThat(lag.of(7)).as("a partition this instance does not read").isEmpty();
                streams.close(Duration.ofSeconds(10));
            }
        }
    }
}
