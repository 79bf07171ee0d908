package io.claimstream.stream;

import io.claimstream.article.Article;
import io.claimstream.registry.SchemaRegistry;
import java.util.Properties;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * Publishes articles to `articles` as a feed producer would: keyed by article id, Avro in the Confluent wire
 * format, each record's timestamp the article's publication time. Idempotent and acks=all, so a retried send
 * neither loses nor doubles an article.
 */
public final class ArticlePublisher implements AutoCloseable {
    private final KafkaProducer<String, io.claimstream.avro.Article> producer;
    private final String topic;

    public ArticlePublisher(Properties clientProps, SchemaRegistry registry) {
        Properties props = new Properties();
        props.putAll(clientProps);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 20_000);
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 60_000);
        props.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Topics.MAX_ARTICLE_RECORD_BYTES);
        Topics topics = new Topics(registry);
        topic = topics.articles.name();
        producer = new KafkaProducer<>(producerOnly(props), topics.articles.keySerde().serializer(), topics.articles.valueSerde().serializer());
    }

    public Future<RecordMetadata> publish(Article article) {
        return producer.send(new ProducerRecord<>(topic, null, article.publishedAt().toEpochMilli(), article.id(),
                AvroMapping.article(article)));
    }

    public void flush() {
        producer.flush();
    }

    @Override
    public void close() {
        producer.close();
    }

    private static Properties producerOnly(Properties props) {
        Properties out = new Properties();
        props.forEach((k, v) -> {
            String key = k.toString();
            if (ProducerConfig.configNames().contains(key) || key.startsWith("sasl.") || key.startsWith("ssl.")) out.put(key, v);
        });
        return out;
    }
}
