package io.claimstream.stream;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.article.Article;
import io.claimstream.avro.DeadLetter;
import io.claimstream.verdict.Verdict;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * A replay with over a thousand bad records mixed in (see BadRecords): each one either is read as an article or
 * becomes exactly one dead letter naming its topic, partition, offset, error class and reason; the application
 * never stops; and the verdicts are exactly those `analyze` gives for the records that are articles, in the same order.
 */
class PoisonPillTest {
    private static final String APP_ID = "claimstream-poison";
    private static final int GOOD = 300;

    /** One record as sent, with its offset once sent. */
    private record Sent(String kind, byte[] value, String rejectedBecause, Article article) {
    }

    @Test
    void everyBadRecordIsReadOrDeadLetteredOnceAndTheVerdictsAreTheOfflineOnes() throws Exception {
        List<Article> good = ReplayCorpus.faKes().subList(0, GOOD);
        try (ReliabilityStack stack = ReliabilityStack.start("poison")) {
            AppProcess app = stack.app("app", APP_ID, stack.dir.resolve("state"), 1);
            Topics topics = new Topics(stack.registry());
            List<BadRecords.Bad> bad = new ArrayList<>(new BadRecords(stack.registry(), 20160109L, good).all());
            Random random = new Random(7);
            java.util.Collections.shuffle(bad, random);

            // the good articles in publication order, the bad records mixed in among them at random places
            List<ProducerRecord<String, byte[]>> records = new ArrayList<>();
            List<Sent> sent = new ArrayList<>();
            int g = 0, b = 0;
            long timestamp = good.get(0).publishedAt().toEpochMilli();
            while (g < good.size() || b < bad.size()) {
                boolean takeGood = b == bad.size() || (g < good.size() && random.nextInt(good.size() - g + bad.size() - b) < good.size() - g);
                if (takeGood) {
                    Article a = good.get(g++);
                    timestamp = a.publishedAt().toEpochMilli();
                    records.add(new ProducerRecord<>(Topics.ARTICLES, null, timestamp, a.id(),
                            topics.articles.valueSerde().serializer().serialize(Topics.ARTICLES, AvroMapping.article(a))));
                    sent.add(new Sent("good article", records.get(records.size() - 1).value(), null, a));
                } else {
                    BadRecords.Bad r = bad.get(b++);
                    // a record that decodes is an article like any other, and analyze must see it as such
                    Article decoded = r.rejectedBecause() == null
                            ? AvroMapping.article(topics.articles.valueSerde().deserializer().deserialize(Topics.ARTICLES, r.value())) : null;
                    records.add(new ProducerRecord<>(Topics.ARTICLES, null, decoded == null ? timestamp : decoded.publishedAt().toEpochMilli(),
                            r.key(), r.value()));
                    sent.add(new Sent(r.kind(), r.value(), r.rejectedBecause(), decoded));
                }
            }
            Map<Long, Sent> byOffset = publish(stack, records, sent);

            CommittedOutput output = new CommittedOutput(stack.client(), stack.registry());
            output.awaitProcessed(APP_ID, Duration.ofMinutes(6), app::logTail);

            // dead letters: one for each record expected to be rejected, none for any other, each with its reason
            List<DeadLetter> letters = output.deadLetters();
            Map<Long, List<DeadLetter>> lettersByOffset = new TreeMap<>();
            letters.forEach(l -> lettersByOffset.computeIfAbsent(l.getOffset(), o -> new ArrayList<>()).add(l));
            Map<String, int[]> figures = new LinkedHashMap<>(); // kind -> records, dead letters
            List<String> wrong = new ArrayList<>();
            for (var e : byOffset.entrySet()) {
                Sent s = e.getValue();
                List<DeadLetter> mine = lettersByOffset.getOrDefault(e.getKey(), List.of());
                int[] f = figures.computeIfAbsent(s.kind(), k -> new int[2]);
                f[0]++;
                f[1] += mine.size();
                if (s.rejectedBecause() == null) {
                    if (!mine.isEmpty()) wrong.add(s.kind() + " at offset " + e.getKey() + " was dead-lettered: " + mine.get(0).getReason());
                    continue;
                }
                if (mine.size() != 1) {
                    wrong.add(s.kind() + " at offset " + e.getKey() + ": " + mine.size() + " dead letters");
                    continue;
                }
                DeadLetter l = mine.get(0);
                if (!l.getTopic().equals(Topics.ARTICLES) || l.getPartition() != 0 || l.getErrorClass().isBlank()
                        || !l.getReason().contains(s.rejectedBecause()) || !keptValueMatches(l, s.value())) {
                    wrong.add(s.kind() + " at offset " + e.getKey() + ": " + l.getTopic() + "/" + l.getPartition() + " "
                            + l.getErrorClass() + ": " + l.getReason());
                }
            }
            lettersByOffset.keySet().stream().filter(o -> !byOffset.containsKey(o)).forEach(o -> wrong.add("a dead letter for offset " + o + ", never sent"));

            // verdicts and claims: exactly those of analyze over the records that are articles, in the order sent
            List<Article> readable = sent.stream().filter(s -> s.article() != null && s.rejectedBecause() == null).map(Sent::article).toList();
            OfflineVerdicts offline = OfflineVerdicts.of(readable);
            List<Verdict> verdicts = output.verdicts();
            List<String> claimIds = output.claims().stream().map(io.claimstream.avro.Claim::getClaimId).sorted().toList();

            long badCount = sent.stream().filter(s -> !s.kind().equals("good article")).count();
            System.out.printf("poison pills: %d records (%d good articles, %d bad); %d dead letters; %d claims, %d verdicts"
                            + " read_committed (offline %d, %d); per kind [records, dead letters]: %s%n", sent.size(), GOOD, badCount,
                    letters.size(), claimIds.size(), verdicts.size(), offline.claims.size(), offline.verdicts.size(),
                    figures.entrySet().stream().map(e -> e.getKey() + " " + Arrays.toString(e.getValue())).toList());
            assertThat(badCount).isGreaterThanOrEqualTo(1_000);
            assertThat(wrong).as("records whose fate is not the expected one").isEmpty();
            assertThat(app.isAlive()).as("the application still runs").isTrue();
            assertThat(app.linesSaying("stream thread failed")).as("stream threads that failed and were replaced").isZero();
            assertThat(claimIds).isEqualTo(offline.claims.stream().map(io.claimstream.claim.Claim::claimId).sorted().toList());
            assertThat(offline.claims.stream().filter(c -> !c.articleId().startsWith("fakes-"))).as("claims of hostile articles").isNotEmpty();
            assertThat(VerdictSets.differences(offline.verdicts, verdicts)).as("read_committed verdicts against analyze's").isEmpty();
        }
    }

    /** The dead letter keeps the value as sent, or its first bytes when the value is over the limit. */
    private static boolean keptValueMatches(DeadLetter l, byte[] sent) {
        if (sent == null) return l.getValue() == null;
        ByteBuffer kept = l.getValue();
        byte[] bytes = new byte[kept.remaining()];
        kept.duplicate().get(bytes);
        int limit = ClaimStreamSettings.DEFAULTS.maxDeadLetterValueBytes();
        return Arrays.equals(bytes, sent.length > limit ? Arrays.copyOf(sent, limit) : sent);
    }

    private static Map<Long, Sent> publish(ReliabilityStack stack, List<ProducerRecord<String, byte[]>> records, List<Sent> sent) throws Exception {
        Properties p = stack.client();
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Topics.MAX_ARTICLE_RECORD_BYTES);
        p.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 1); // offsets in the order sent
        Map<Long, Sent> byOffset = new HashMap<>();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer())) {
            List<Future<RecordMetadata>> acks = new ArrayList<>();
            for (var r : records) acks.add(producer.send(r));
            for (int i = 0; i < acks.size(); i++) byOffset.put(acks.get(i).get(60, TimeUnit.SECONDS).offset(), sent.get(i));
        }
        return byOffset;
    }
}
