package io.claimstream.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class QueryParametersTest {
    private static final Set<String> TAKES = Set.of("q", "limit", "agreements");

    @Test
    void readsDecodedValuesAndDefaults() {
        QueryParameters q = QueryParameters.parse("/api/x", "q=Geneva%20talks&limit=5&agreements=true", TAKES);
        assertThat(q.text("q")).contains("Geneva talks");
        assertThat(q.integer("limit", 100, 1, 1000)).isEqualTo(5);
        assertThat(q.flag("agreements")).isTrue();
        QueryParameters none = QueryParameters.parse("/api/x", null, TAKES);
        assertThat(none.text("q")).isEmpty();
        assertThat(none.integer("limit", 100, 1, 1000)).isEqualTo(100);
        assertThat(none.flag("agreements")).isFalse();
    }

    @Test
    void refusesWhatItCannotUseNamingTheParameter() {
        assertThatThrownBy(() -> QueryParameters.parse("/api/x", "colour=red", TAKES))
                .isInstanceOf(BadRequestException.class).hasMessage("unknown parameter 'colour': /api/x takes agreements, limit, q");
        assertThatThrownBy(() -> QueryParameters.parse("/api/x", "limit=1&limit=2", TAKES)).hasMessageContaining("twice");
        assertThatThrownBy(() -> QueryParameters.parse("/api/x", "limit=1e9", TAKES).integer("limit", 100, 1, 1000))
                .hasMessage("limit must be a whole number from 1 to 1000, not '1e9'");
        assertThatThrownBy(() -> QueryParameters.parse("/api/x", "agreements=yes", TAKES).flag("agreements")).hasMessageContaining("true or false");
        assertThatThrownBy(() -> QueryParameters.parse("/api/x", "q=%zz", TAKES)).hasMessageContaining("percent-encoding");
        assertThatThrownBy(() -> QueryParameters.parse("/api/x", "q=" + "a".repeat(201), TAKES).text("q")).hasMessageContaining("200");
    }
}
