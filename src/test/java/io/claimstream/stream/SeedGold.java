package io.claimstream.stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimstream.verdict.Verdict;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * seeds/gold.json read for tests: the contradictions a correct processor must find, and the rule the scorer
 * (shared/tools/score-verdicts) uses to match a verdict to one of them.
 */
final class SeedGold {
    static final Path SEEDS = Path.of("seeds");

    record Side(List<String> articles, String match) {
    }

    record Contradiction(String id, String attribute, Side odd, Side consensus) {
        boolean foundBy(Verdict v) {
            if (v.verdict() != Verdict.Kind.CONTRADICTION || !v.attribute().equals(attribute)) return false;
            List<Verdict.Side> sides = new ArrayList<>(v.others());
            sides.add(0, v.claim());
            for (int i = 0; i < sides.size(); i++) {
                for (int j = 0; j < sides.size(); j++) {
                    if (i != j && matches(odd, sides.get(i)) && matches(consensus, sides.get(j))) return true;
                }
            }
            return false;
        }
    }

    final List<Contradiction> required;
    final List<Contradiction> optional;

    private SeedGold(List<Contradiction> required, List<Contradiction> optional) {
        this.required = required;
        this.optional = optional;
    }

    static SeedGold load() throws IOException {
        JsonNode gold = new ObjectMapper().readTree(SEEDS.resolve("gold.json").toFile());
        return new SeedGold(contradictions(gold.get("contradictions")), contradictions(gold.get("optional_contradictions")));
    }

    private static List<Contradiction> contradictions(JsonNode array) {
        List<Contradiction> out = new ArrayList<>();
        for (JsonNode c : array) {
            Side odd = new Side(List.of(c.get("odd").get("article").asText()), c.get("odd").get("match").asText());
            List<String> articles = new ArrayList<>();
            c.get("consensus").get("articles").forEach(a -> articles.add(a.asText()));
            out.add(new Contradiction(c.get("id").asText(), c.get("attribute").asText(), odd,
                    new Side(articles, c.get("consensus").get("match").asText())));
        }
        return out;
    }

    private static boolean matches(Side side, Verdict.Side claim) {
        return side.articles().contains(claim.articleId())
                && claim.value().toLowerCase(Locale.ROOT).contains(side.match().toLowerCase(Locale.ROOT));
    }
}
