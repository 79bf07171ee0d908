package io.claimstream.claim;

/**
 * Something a sentence says that can belong to an event: a date, a place, a duration, over tokens [first, last].
 *
 * @param beforeItsEvent true when the words modify what follows them: "today's meeting", "Geneva is hosting talks"
 * @param isSite         a location below the country (a town, a province), which sets one attack apart from another
 */
record Modifier(String attribute, int first, int last, String value, String display, boolean beforeItsEvent, boolean isSite) {
    Modifier(String attribute, int first, int last, String value, String display, boolean beforeItsEvent) {
        this(attribute, first, last, value, display, beforeItsEvent, false);
    }

    /** A count of the dead or the injured. */
    boolean isCasualty() {
        return attribute.equals("deaths") || attribute.equals("injuries");
    }
}
