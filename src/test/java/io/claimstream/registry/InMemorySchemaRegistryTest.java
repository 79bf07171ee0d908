package io.claimstream.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.claimstream.avro.Article;
import io.claimstream.avro.Claim;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

class InMemorySchemaRegistryTest {

    private final InMemorySchemaRegistry registry = new InMemorySchemaRegistry();

    @Test
    void givesIdsFromOneAndTheSameIdForTheSameSchema() {
        int article = registry.register("articles-value", Article.getClassSchema());
        int claim = registry.register("claims-value", Claim.getClassSchema());

        assertThat(article).isEqualTo(1);
        assertThat(claim).isEqualTo(2);
        assertThat(registry.register("articles-value", new Schema.Parser().parse(Article.getClassSchema().toString())))
                .isEqualTo(article);
        assertThat(registry.register("other-value", Article.getClassSchema())).isEqualTo(article);
    }

    @Test
    void findsRegisteredSchemasById() {
        int id = registry.register("articles-value", Article.getClassSchema());

        assertThat(registry.schemaById(id)).isEqualTo(Article.getClassSchema());
    }

    @Test
    void rejectsUnknownIds() {
        assertThatThrownBy(() -> registry.schemaById(42))
                .isInstanceOf(SchemaRegistryException.class)
                .hasMessageContaining("no schema with id 42");
    }

    @Test
    void concurrentRegistrationsAgreeOnOneId() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> registrations = IntStream.range(0, 64)
                    .<Callable<Integer>>mapToObj(i -> () -> registry.register("articles-value", Article.getClassSchema()))
                    .toList();
            List<Integer> ids = pool.invokeAll(registrations).stream().map(InMemorySchemaRegistryTest::get).toList();

            assertThat(ids).containsOnly(1);
        } finally {
            pool.shutdownNow();
        }
    }

    private static int get(Future<Integer> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
