package io.claimstream.stream;

import io.claimstream.SeedGold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.claimstream.article.ArticleSources;
import io.claimstream.avro.DeadLetter;
import io.claimstream.embedded.ApicurioRegistry;
import io.claimstream.embedded.EmbeddedKafka;
import io.claimstream.registry.HttpSchemaRegistry;
import io.claimstream.verdict.Verdict;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The application on real parts: a KRaft broker, an Apicurio registry process, Avro through the registry's
 * Confluent-compatible API. The seeds go in as a producer would send them; the conflicts that come out,
 * decoded through the registry, are checked against seeds/gold.json.
 */
class ClaimStreamAppTest {
    private static Path dir;
    private static EmbeddedKafka kafka;
    private static ApicurioRegistry registryProcess;
    private static HttpSchemaRegistry registry;
    private static ClaimStreamApp app;

    @BeforeAll
    static void start() throws IOException {
        dir = Files.createTempDirectory("claimstream-app-test-");
        kafka = EmbeddedKafka.start(dir.resolve("kafka"), 0, 0);
        registryProcess = ApicurioRegistry.start(ApicurioRegistry.defaultHome(), 0, dir.resolve("registry.log"));
        registry = new HttpSchemaRegistry(registryProcess.ccompatUrl());
        Properties props = StreamsProperties.base("claimstream-it", kafka.bootstrapServers(), dir.resolve("state").toString());
        props.put("commit.interval.ms", "200");
        app = ClaimStreamApp.start(props, registry, TopicSetup.Layout.of(2, 1), ClaimStreamSettings.DEFAULTS, Duration.ofSeconds(60));
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) app.close();
        if (registry != null) registry.close();
        if (registryProcess != null) registryProcess.close();
        if (kafka != null) kafka.close();
    }

    private static Properties client() {
        Properties p = new Properties();
        p.put("bootstrap.servers", kafka.bootstrapServers());
        return p;
    }

    @Test
    void seedsPublishedAsAvroComeOutAsTheGoldContradictions() throws Exception {
        try (ArticlePublisher publisher = new ArticlePublisher(client(), registry)) {
            for (var article : ArticleSources.read(List.of(SeedGold.SEEDS))) publisher.publish(article).get(30, TimeUnit.SECONDS);
        }
        List<Verdict> conflicts = new ArrayList<>();
        SeedGold gold = SeedGold.load();
        try (VerdictConsumer consumer = new VerdictConsumer(client(), registry, List.of(Topics.CONFLICTS), true)) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (System.nanoTime() < deadline && !gold.required.stream().allMatch(g -> conflicts.stream().anyMatch(g::foundBy))) {
                consumer.poll(Duration.ofMillis(500), conflicts::add);
            }
        }
        for (SeedGold.Contradiction g : gold.required) {
            assertThat(conflicts).as("gold contradiction %s", g.id()).anyMatch(g::foundBy);
        }
        List<SeedGold.Contradiction> all = new ArrayList<>(gold.required);
        all.addAll(gold.optional);
        assertThat(conflicts).allMatch(v -> all.stream().anyMatch(g -> g.foundBy(v)));
    }

    @Test
    void anUndecodableRecordGoesToTheDeadLetterTopicWithItsReasonAndTheAppRunsOn() throws Exception {
        Properties p = client();
        try (KafkaProducer<byte[], byte[]> raw = new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer())) {
            raw.send(new ProducerRecord<>(Topics.ARTICLES, "junk".getBytes(), new byte[] {0x7b, 0x22, 0x01})).get(30, TimeUnit.SECONDS);
        }
        Properties c = client();
        c.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<DeadLetter> letters = new ArrayList<>();
        try (KafkaConsumer<String, DeadLetter> consumer = new KafkaConsumer<>(c, new StringDeserializer(),
                new Topics(registry).deadLetters.valueSerde().deserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.DEAD_LETTERS).stream()
                    .map(i -> new TopicPartition(i.topic(), i.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (letters.isEmpty() && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(r -> letters.add(r.value()));
            }
        }
        assertThat(letters).singleElement().satisfies(letter -> {
            assertThat(letter.getTopic()).isEqualTo(Topics.ARTICLES);
            assertThat(letter.getReason()).contains("Confluent Avro wire format");
            assertThat(letter.getValue().array()).containsExactly(0x7b, 0x22, 0x01);
        });
        assertThat(app.state().isRunningOrRebalancing()).isTrue();
    }

    @Test
    void aBrokerThatIsNotThereIsOneClearErrorWithinThirtySeconds() throws IOException {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        Properties props = StreamsProperties.base("nowhere", "127.0.0.1:" + closed, dir.resolve("nowhere").toString());
        long started = System.nanoTime();
        assertThatThrownBy(() -> ClaimStreamApp.start(props, registry, TopicSetup.Layout.of(1, 1), ClaimStreamSettings.DEFAULTS,
                Duration.ofSeconds(10)))
                .isInstanceOf(KafkaUnavailableException.class)
                .hasMessageContaining("127.0.0.1:" + closed).hasMessageContaining("--bootstrap-servers");
        assertThat(System.nanoTime() - started).isLessThan(TimeUnit.SECONDS.toNanos(30));
    }
}
