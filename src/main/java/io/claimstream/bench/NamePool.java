package io.claimstream.bench;

import io.claimstream.place.Entity;
import io.claimstream.place.Gazetteer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The names a synthetic event may be given: countries, and towns of each country. Only names the
 * product's gazetteer reads back as that one thing are kept, so a renamed sentence means what the generator says
 * it means: a town that is also a country's name, a capital (which news uses for its government, an actor) or a name
 * shared by two places is left out.
 */
final class NamePool {
    /** A country by its name, with the towns an event in it may happen in. */
    record Country(String code, String name, List<String> towns) {
    }

    /**
     * The largest towns of a country (the list is by population): enough distinct places for a day's attacks, crashes
     * and earthquakes, while a few large countries do not take most of them.
     */
    private static final int TOWNS_PER_COUNTRY = 400;

    private final List<Country> countries;

    private NamePool(List<Country> countries) {
        this.countries = List.copyOf(countries);
    }

    static NamePool standard(Gazetteer gazetteer) {
        Map<String, List<String>> towns = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        Set<String> shared = new HashSet<>();
        for (String[] row : rows("cities.tsv")) {
            if (!seen.add(row[0])) shared.add(row[0]);
        }
        for (String[] row : rows("cities.tsv")) {
            String name = row[0];
            if (shared.contains(name) || gazetteer.placesNamed(name).size() != 1) continue;
            Optional<Entity> e = gazetteer.named(name);
            if (e.isEmpty() || e.get().kind() != Entity.Kind.CITY || e.get().capital() || !row[1].equals(e.get().countryCode())) continue;
            if (!name.chars().allMatch(Character::isLetter)) continue;
            List<String> ofCountry = towns.computeIfAbsent(row[1], k -> new ArrayList<>());
            if (ofCountry.size() < TOWNS_PER_COUNTRY) ofCountry.add(name);
        }
        List<Country> countries = new ArrayList<>();
        for (String[] row : rows("countries.tsv")) {
            String code = row[0], name = row[1];
            Optional<Entity> named = gazetteer.named(name);
            if (named.isEmpty() || named.get().kind() != Entity.Kind.COUNTRY || !code.equals(named.get().countryCode())) continue;
            // one word: a name of several words can be read in part ("Republic" of "Central African Republic")
            if (!name.chars().allMatch(Character::isLetter)) continue;
            countries.add(new Country(code, name, List.copyOf(towns.getOrDefault(code, List.of()))));
        }
        return new NamePool(countries);
    }

    /** The pool without these countries (by code) and towns. */
    NamePool without(Set<String> countryCodes, Set<String> townNames) {
        List<Country> kept = new ArrayList<>();
        for (Country c : countries) {
            if (countryCodes.contains(c.code())) continue;
            kept.add(new Country(c.code(), c.name(),
                    c.towns().stream().filter(t -> !townNames.contains(t)).toList()));
        }
        return new NamePool(kept);
    }

    List<Country> countries() {
        return countries;
    }

    private static List<String[]> rows(String resource) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("gazetteer resource missing: " + resource);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) continue;
                rows.add(line.split("\t", -1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
