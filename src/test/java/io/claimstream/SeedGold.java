package io.claimstream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimstream.verdict.Verdict;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * seeds/gold.json read for tests: the contradictions a correct processor must find, the agreements it should, the
 * sentences the claims come from, and the rule the scorer (shared/tools/score-verdicts) uses to match a verdict
 * to one of them: the article, and a part of the value.
 */
public final class SeedGold {
    public static final Path SEEDS = Path.of("seeds");

    public record Side(List<String> articles, String match) {
    }

    /** A claim gold lists: what one article says of one event, in the words of {@code text}. */
    public record GoldClaim(String event, String article, String attribute, String value, String text) {
    }

    public record Agreement(String id, String event, String attribute, Side side) {
    }

    public record Contradiction(String id, String event, String attribute, Side odd, Side consensus) {
        public boolean foundBy(Verdict v) {
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

    public final List<Contradiction> required;
    public final List<Contradiction> optional;
    public final List<Agreement> agreements = new ArrayList<>();
    public final List<GoldClaim> claims = new ArrayList<>();

    private SeedGold(List<Contradiction> required, List<Contradiction> optional) {
        this.required = required;
        this.optional = optional;
    }

    public static SeedGold load() throws IOException {
        JsonNode gold = new ObjectMapper().readTree(SEEDS.resolve("gold.json").toFile());
        SeedGold g = new SeedGold(contradictions(gold.get("contradictions")), contradictions(gold.get("optional_contradictions")));
        for (JsonNode a : gold.get("agreements")) {
            List<String> articles = new ArrayList<>();
            a.get("articles").forEach(x -> articles.add(x.asText()));
            g.agreements.add(new Agreement(a.get("id").asText(), a.get("event").asText(), a.get("attribute").asText(),
                    new Side(articles, a.get("match").asText())));
        }
        for (JsonNode e : gold.get("events")) {
            for (JsonNode c : e.get("claims")) {
                g.claims.add(new GoldClaim(e.get("id").asText(), c.get("article").asText(), c.get("attribute").asText(),
                        c.get("value").asText(), c.get("text").asText()));
            }
        }
        return g;
    }

    /** Whether a value, as the processor normalizes it, is the one a gold side means. */
    public static boolean matches(String match, String value) {
        return value.toLowerCase(Locale.ROOT).contains(match.toLowerCase(Locale.ROOT));
    }

    private static List<Contradiction> contradictions(JsonNode array) {
        List<Contradiction> out = new ArrayList<>();
        for (JsonNode c : array) {
            Side odd = new Side(List.of(c.get("odd").get("article").asText()), c.get("odd").get("match").asText());
            List<String> articles = new ArrayList<>();
            c.get("consensus").get("articles").forEach(a -> articles.add(a.asText()));
            out.add(new Contradiction(c.get("id").asText(), c.get("event").asText(), c.get("attribute").asText(), odd,
                    new Side(articles, c.get("consensus").get("match").asText())));
        }
        return out;
    }

    private static boolean matches(Side side, Verdict.Side claim) {
        return side.articles().contains(claim.articleId()) && matches(side.match(), claim.value());
    }
}
