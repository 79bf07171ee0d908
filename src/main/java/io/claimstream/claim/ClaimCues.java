package io.claimstream.claim;

import java.util.regex.Pattern;

/**
 * A cheap test of whether a sentence can hold a claim at all: a number, a month or weekday, a relative time
 * word, a duration, a casualty word, or a capitalized name after "in"/"at". Sentences without any are not
 * tagged, which is most of the work saved.
 */
final class ClaimCues {
    private static final Pattern CUE = Pattern.compile("\\d"
            + "|\\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\b"
            + "|\\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\\b"
            + "|(?i:\\b(?:today|tonight|yesterday|tomorrow|ago|days?|week|month|year|spring|summer|autumn|winter|hours?|minutes?"
            + "|lasted|long|killed|killing|dead|died|die|martyrs|martyred|lives|injured|injuring|wounded|wounding|arrested|detained|death toll|magnitude"
            + "|dozens|hundreds|thousands)\\b)"
            + "|\\b(?:in|at|near|outside|inside)\\s+(?:the\\s+)?\\p{Lu}"
            + "|\\p{Lu}\\p{L}+\\s+(?:\\w+\\s+){0,2}host");

    /** Words that report the dead or the injured, who make an event of their own even where no trigger names it. */
    private static final Pattern CASUALTY = Pattern.compile("(?i)\\b(?:killed|killing|kills|dead|died|die|dies|deaths?|death toll"
            + "|martyr(?:s|ed)?|lost their lives|lives|injured|wounded)\\b");

    private ClaimCues() {
    }

    static boolean present(String sentence) {
        return CUE.matcher(sentence).find();
    }

    static boolean casualty(String sentence) {
        return CASUALTY.matcher(sentence).find();
    }
}
