package io.claimstream.place;

/**
 * A named thing of the world that news reports as a place or as an actor: a country (or its demonym),
 * a city, a province, a region, an organisation or an armed group.
 *
 * @param id          stable lowercase key, e.g. "russia", "nato", "geneva"
 * @param name        common English name, e.g. "Russia", "NATO", "Geneva"
 * @param countryCode ISO 3166 alpha-2 code of the country it is or lies in; null for organisations and regions
 * @param within      the province of a city or the region (continent) of a country, when the data knows it
 * @param capital     a capital city, which news also uses for its government ("Moscow said")
 */
public record Entity(String id, String name, Kind kind, String countryCode, String within, boolean capital) {

    public enum Kind { COUNTRY, DEMONYM, CITY, PROVINCE, REGION, ORGANIZATION, ARMED_GROUP }

    public boolean isPlace() {
        return kind == Kind.COUNTRY || kind == Kind.CITY || kind == Kind.PROVINCE || kind == Kind.REGION;
    }

    /** Whether this entity can be a party to an event: a country, its government, a body or group. */
    public boolean isActor() {
        return kind == Kind.COUNTRY || kind == Kind.DEMONYM || kind == Kind.ORGANIZATION || kind == Kind.ARMED_GROUP
                || (kind == Kind.CITY && capital);
    }
}
