package io.claimstream.stream;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Checks that the cluster answers and creates the application's topics that are missing. */
public final class TopicSetup {
    private static final Logger LOG = LoggerFactory.getLogger(TopicSetup.class);

    /**
     * @param partitions  partitions of each topic created here; empty takes the broker's default
     * @param replication replication factor of each topic created here; empty takes the broker's default
     */
    public record Layout(java.util.Optional<Integer> partitions, java.util.Optional<Short> replication) {
        public static Layout of(int partitions, int replication) {
            return new Layout(partitions > 0 ? java.util.Optional.of(partitions) : java.util.Optional.empty(),
                    replication > 0 ? java.util.Optional.of((short) replication) : java.util.Optional.empty());
        }

        String describe() {
            return partitions.map(String::valueOf).orElse("default") + " partitions, replication "
                    + replication.map(String::valueOf).orElse("default");
        }
    }

    /**
     * Records carry their article's publication time, so a replayed archive is years old on arrival: time-based
     * retention would delete it before it is processed. Topics created here keep records until deleted by size
     * or by hand.
     */
    private static final Map<String, String> TOPIC_CONFIG = Map.of("retention.ms", "-1");
    /** `events` holds each event's current state: only the latest record of an id matters. */
    private static final Map<String, String> COMPACTED = Map.of("cleanup.policy", "compact");

    /**
     * `articles` takes records up to {@link Topics#MAX_ARTICLE_RECORD_BYTES} (the broker's default is 1 MB), so that an
     * oversized article reaches the application and is turned down there, with a dead letter, instead of being lost
     * at the producer.
     */
    private static Map<String, String> topicConfig(String topic) {
        if (topic.equals(Topics.EVENTS)) return COMPACTED;
        if (!topic.equals(Topics.ARTICLES)) return TOPIC_CONFIG;
        Map<String, String> config = new java.util.HashMap<>(TOPIC_CONFIG);
        config.put("max.message.bytes", String.valueOf(Topics.MAX_ARTICLE_RECORD_BYTES));
        return config;
    }

    private TopicSetup() {
    }

    /** Fails with one clear line when no broker answers at the configured address within the timeout. */
    public static void awaitCluster(Properties clientProps, Duration timeout) {
        try (Admin admin = Admin.create(adminProps(clientProps, timeout))) {
            admin.describeCluster().nodes().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            throw new KafkaUnavailableException("no Kafka broker answered at " + clientProps.getProperty(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG)
                    + " within " + timeout.toSeconds() + " s: check --bootstrap-servers and that the cluster is up");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaUnavailableException("interrupted while waiting for Kafka");
        }
    }

    /** How many partitions the topic has. */
    public static int partitionsOf(Properties clientProps, String topic) {
        try (Admin admin = Admin.create(adminProps(clientProps, Duration.ofSeconds(30)))) {
            return admin.describeTopics(List.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS).get(topic).partitions().size();
        } catch (TimeoutException | ExecutionException e) {
            throw new KafkaUnavailableException("cannot describe topic " + topic + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaUnavailableException("interrupted while describing topic " + topic);
        }
    }

    /** Fails with one clear line when the topic does not exist (auto-creation would make it with the wrong layout). */
    public static void requireTopic(Properties clientProps, String topic) {
        try (Admin admin = Admin.create(adminProps(clientProps, Duration.ofSeconds(15)))) {
            if (!admin.listTopics().names().get(15, TimeUnit.SECONDS).contains(topic)) {
                throw new KafkaUnavailableException("topic " + topic + " does not exist at "
                        + clientProps.getProperty(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG) + ": start the application (run or demo) first");
            }
        } catch (TimeoutException | ExecutionException e) {
            throw new KafkaUnavailableException("cannot list topics: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaUnavailableException("interrupted while listing topics");
        }
    }

    public static void ensureTopics(Properties clientProps, Layout layout) {
        try (Admin admin = Admin.create(adminProps(clientProps, Duration.ofSeconds(30)))) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = new ArrayList<>();
            for (String name : Topics.names()) {
                if (!existing.contains(name)) {
                    missing.add(new NewTopic(name, layout.partitions(), layout.replication()).configs(topicConfig(name)));
                }
            }
            if (missing.isEmpty()) return;
            for (var entry : admin.createTopics(missing).values().entrySet()) {
                try {
                    entry.getValue().get(30, TimeUnit.SECONDS);
                    LOG.info("created topic {} ({})", entry.getKey(), layout.describe());
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new KafkaUnavailableException("cannot create topic " + entry.getKey() + ": " + e.getCause().getMessage());
                    }
                }
            }
        } catch (TimeoutException | ExecutionException e) {
            throw new KafkaUnavailableException("cannot list or create topics: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaUnavailableException("interrupted while creating topics");
        }
    }

    private static Map<String, Object> adminProps(Properties clientProps, Duration timeout) {
        Map<String, Object> props = new java.util.HashMap<>();
        clientProps.forEach((k, v) -> props.put(k.toString(), v));
        int ms = (int) timeout.toMillis();
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.min(ms, 15_000));
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, ms);
        props.keySet().removeIf(k -> !AdminClientConfig.configNames().contains(k) && !k.startsWith("sasl.") && !k.startsWith("ssl."));
        return props;
    }
}
