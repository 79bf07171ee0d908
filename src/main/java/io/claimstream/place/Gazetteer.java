package io.claimstream.place;

import io.claimstream.text.Sentence;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Countries, their demonyms and capitals, cities with their provinces, regions and organisations, looked up
 * by the exact (case-sensitive) words of a text. Built once from resources generated from open data
 * (see scripts/gazetteer); immutable and thread-safe.
 */
public final class Gazetteer {
    private static final int MAX_WORDS = 9;
    private static final java.util.regex.Pattern TWO_NAMES = java.util.regex.Pattern.compile("([^()]+?)\\s*\\(([^()]+)\\)");
    private static final Gazetteer DEFAULT = load();

    private final Map<String, Entity> bySurface;
    /** For each first word of a name, the most words a name starting with it has: most tokens start none. */
    private final Map<String, Integer> wordsByFirstWord;
    /** Every place under each name, also those another entity's name hides ("Cornwall", Ontario and the county). */
    private final Map<String, List<Entity>> placesByName;
    private final Map<String, Entity> countriesByCode;

    private Gazetteer(Map<String, Entity> bySurface, Map<String, Entity> countriesByCode, Map<String, List<Entity>> placesByName) {
        this.placesByName = placesByName;
        this.bySurface = bySurface;
        this.wordsByFirstWord = new HashMap<>();
        for (String surface : bySurface.keySet()) {
            String[] words = surface.split(" ");
            wordsByFirstWord.merge(words[0], words.length, Math::max);
        }
        this.countriesByCode = countriesByCode;
    }

    public static Gazetteer standard() {
        return DEFAULT;
    }

    /** A match of consecutive tokens [first, last] to an entity. */
    public record Match(int first, int last, Entity entity) {
    }

    /** The longest entity name that starts at token {@code i}, if any. */
    public Optional<Match> longestAt(Sentence s, int i) {
        Integer words = wordsByFirstWord.get(s.token(i).text());
        if (words == null) return withoutApostrophe(s.token(i).text()).map(e -> new Match(i, i, e));
        StringBuilder surface = new StringBuilder();
        Match best = null;
        for (int j = i; j < Math.min(s.size(), i + Math.min(words, MAX_WORDS) + 2); j++) {
            Sentence.Token t = s.token(j);
            if (j > i) {
                boolean adjacent = s.token(j - 1).end() == t.start();
                surface.append(adjacent ? "" : " ");
            }
            surface.append(t.text());
            Entity e = bySurface.get(surface.toString());
            if (e != null) best = new Match(i, j, e);
        }
        return Optional.ofNullable(best);
    }

    /**
     * "Syrias war", "Aleppos east": a possessive whose apostrophe the text lost (scraped and transliterated news
     * often drops it) still names the country or capital. Not other towns: with an "s" on, a small town's name is
     * too often a word or a person ("Alliances", "Frances").
     */
    private Optional<Entity> withoutApostrophe(String word) {
        if (word.length() < 4 || word.charAt(word.length() - 1) != 's' || !Character.isUpperCase(word.charAt(0))) return Optional.empty();
        Entity e = bySurface.get(word.substring(0, word.length() - 1));
        boolean wellKnown = e != null && (e.kind() == Entity.Kind.COUNTRY || e.capital());
        return wellKnown && e.name().equals(word.substring(0, word.length() - 1)) ? Optional.of(e) : Optional.empty();
    }

    /** The entity a single word or hyphen part names ("China" in "EU-China", "Indian" in "Sino-Indian"). */
    public Optional<Entity> named(String word) {
        return Optional.ofNullable(bySurface.get(word));
    }

    /** All places that go by this name. */
    public List<Entity> placesNamed(String name) {
        return placesByName.getOrDefault(name, List.of());
    }

    /** The country an actor stands for (a demonym, a capital), or the actor itself. */
    public Entity actor(Entity e) {
        if ((e.kind() == Entity.Kind.DEMONYM || e.kind() == Entity.Kind.CITY) && e.countryCode() != null) {
            return countriesByCode.getOrDefault(e.countryCode(), e);
        }
        return e;
    }

    /** Whether place {@code inner} lies in place {@code outer}: a city in its province or country, a country in its region. */
    public boolean contains(Entity outer, Entity inner) {
        if (outer.id().equals(inner.id())) return true;
        return switch (outer.kind()) {
            case COUNTRY -> outer.countryCode().equals(inner.countryCode());
            case PROVINCE -> inner.kind() == Entity.Kind.CITY && outer.countryCode().equals(inner.countryCode())
                    && outer.name().equals(inner.within());
            case REGION -> {
                Entity country = inner.countryCode() == null ? null : countriesByCode.get(inner.countryCode());
                yield country != null && outer.name().equals(country.within());
            }
            default -> false;
        };
    }

    private static Gazetteer load() {
        Map<String, Entity> bySurface = new HashMap<>();
        Map<String, Entity> countries = new HashMap<>();
        Map<String, List<Entity>> places = new HashMap<>();
        // The first name registered wins, so more specific and more prominent sources come first.
        for (String[] row : rows("organizations.tsv")) {
            Entity org = new Entity(id(row[0]), row[0], Entity.Kind.valueOf(row[1]), null, null, false);
            register(bySurface, places, org, row[0]);
            for (String alias : split(row, 2)) register(bySurface, places, org, alias);
        }
        List<String[]> countryRows = rows("countries.tsv");
        for (String[] row : countryRows) {
            Entity country = new Entity(id(row[1]), row[1], Entity.Kind.COUNTRY, row[0], row[5], false);
            countries.put(row[0], country);
            register(bySurface, places, country, row[1]);
            register(bySurface, places, country, row[2]);
            for (String alias : split(row, 6)) register(bySurface, places, country, alias);
        }
        for (String[] row : rows("country-aliases.tsv")) {
            register(bySurface, places, countries.get(row[1]), row[0]);
        }
        for (String[] row : countryRows) {
            for (String capital : split(row, 4)) {
                String name = capital.replaceAll("\\s+D\\.?C\\.?$", "");
                register(bySurface, places, new Entity(id(name), name, Entity.Kind.CITY, row[0], null, true), name);
            }
        }
        List<String[]> cityRows = rows("cities.tsv");
        for (String[] row : cityRows) {
            register(bySurface, places, new Entity(id(row[0]), row[0], Entity.Kind.CITY, row[1], row[2], false), row[0]);
        }
        for (String[] row : countryRows) {
            String demonym = row[3];
            if (demonym.isEmpty()) continue;
            Entity d = new Entity(id(demonym) + "-demonym", demonym, Entity.Kind.DEMONYM, row[0], null, false);
            register(bySurface, places, d, demonym);
            register(bySurface, places, d, demonym.endsWith("s") ? demonym : demonym + "s");
        }
        for (String region : List.of("Europe", "Asia", "Africa", "Americas", "Oceania")) {
            register(bySurface, places, new Entity(id(region), region, Entity.Kind.REGION, null, null, false), region);
        }
        for (String[] row : cityRows) {
            if (!row[2].isEmpty()) {
                Entity province = new Entity(id(row[2]) + "-" + row[1].toLowerCase(Locale.ROOT), row[2],
                        Entity.Kind.PROVINCE, row[1], null, false);
                register(bySurface, places, province, row[2]);
                // "Homs (Hims)", "Aleppo (Halab)": the data gives a province's second name in parentheses
                java.util.regex.Matcher both = TWO_NAMES.matcher(row[2]);
                if (both.matches()) {
                    register(bySurface, places, province, both.group(1));
                    register(bySurface, places, province, both.group(2));
                }
            }
        }
        return new Gazetteer(bySurface, countries, places);
    }

    private static void register(Map<String, Entity> bySurface, Map<String, List<Entity>> places, Entity e, String surface) {
        if (e == null || surface.isBlank()) return;
        if (e.isPlace() && surface.equals(e.name())) {
            List<Entity> named = places.computeIfAbsent(surface, k -> new ArrayList<>());
            if (!named.contains(e)) named.add(e);
        }
        bySurface.putIfAbsent(surface, e);
    }

    private static String id(String name) {
        String ascii = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    private static List<String> split(String[] row, int column) {
        return column < row.length && !row[column].isBlank() ? List.of(row[column].split("\\|")) : List.of();
    }

    private static List<String[]> rows(String resource) {
        try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("gazetteer resource " + resource + " is missing");
            List<String[]> rows = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) rows.add(line.split("\t", -1));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer resource " + resource, e);
        }
    }
}
