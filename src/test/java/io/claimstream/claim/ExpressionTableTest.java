package io.claimstream.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimstream.article.Article;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Claim extraction that generalizes: one row per expression, driven end to end through {@link ClaimExtractor} (clean,
 * split, tag, find the event and its parties, find and normalize the value, attach it). Each row: a sentence that names
 * an event with its parties, the article's publication date, the attribute of the claim and the normalized value
 * expected. The row passes when the sentence yields exactly one distinct value for that attribute, that value, and
 * the words it was read from ({@link Claim#display()}) are words of the sentence.
 *
 * <p>Rows grouped by class of expression. Rows the extractor gets wrong today are kept in {@link #knownGaps}, which is
 * disabled so that the build stays green and the gaps stay visible; a fix moves its rows up into the main table.
 */
class ExpressionTableTest {
    private final ClaimExtractor extractor = new ClaimExtractor();

    private List<Claim> extract(String sentence, String documentDate) {
        Article article = new Article("table", "test", null, null, sentence,
                LocalDate.parse(documentDate).atTime(12, 0).toInstant(ZoneOffset.UTC), null);
        return extractor.extract(article);
    }

    @ParameterizedTest(name = "[{index}] {1}: \"{0}\" -> {2} {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # ---- absolute dates: with and without year or weekday, ordinals, abbreviations, ISO, day-month order, fronted
            Indian and Chinese officials held talks in Delhi on March 9.                                    | 2022-03-12 | date      | 2022-03-09
            Russian and American diplomats held talks in Geneva on Friday, January 7.                       | 2022-01-09 | date      | 2022-01-07
            Russian and American diplomats met in Geneva on Jan. 9.                                         | 2022-01-12 | date      | 2022-01-09
            Russian and American diplomats held talks in Geneva on 9 January 2022.                          | 2022-01-15 | date      | 2022-01-09
            Russian and American diplomats held talks in Geneva on January 9th.                             | 2022-01-12 | date      | 2022-01-09
            Russian and American diplomats held talks in Geneva on 2022-01-09.                              | 2022-01-15 | date      | 2022-01-09
            Russian and American diplomats held talks in Geneva on January 12, 2022.                        | 2022-01-15 | date      | 2022-01-12
            Russian and American diplomats held talks in Geneva on Wednesday, January 12, 2022.             | 2022-01-15 | date      | 2022-01-12
            Russian and American diplomats held talks in Geneva on the 9th of January.                      | 2022-01-12 | date      | 2022-01-09
            Russian and American diplomats held talks in Geneva on the 31st.                                | 2022-03-10 | date      | 2022-01-31
            Turkish and Greek officials held talks in Ankara on Sept. 30, 2021.                             | 2022-01-15 | date      | 2021-09-30
            Turkish and Greek officials held talks in Ankara on 30 September 2021.                          | 2022-01-15 | date      | 2021-09-30
            Turkish and Greek foreign ministers met in Ankara on 3rd March 2021.                            | 2022-01-15 | date      | 2021-03-03
            Russia and Ukraine held talks in Belarus on Feb 28.                                             | 2022-03-02 | date      | 2022-02-28
            Russian and American diplomats met in Geneva on Monday, 10 January.                             | 2022-01-12 | date      | 2022-01-10
            Iranian and Saudi officials held talks in Baghdad on December 5, 2019.                          | 2022-01-15 | date      | 2019-12-05
            Indian and Chinese commanders held talks on 1 May 2020.                                         | 2022-01-15 | date      | 2020-05-01
            Indian and Chinese commanders held talks on August 1st.                                         | 2021-08-03 | date      | 2021-08-01
            Indian and Chinese commanders held talks on Aug. 1, 2021.                                       | 2021-08-03 | date      | 2021-08-01
            French and German leaders met in Paris on Tuesday, 11 January 2022.                             | 2022-01-15 | date      | 2022-01-11
            French and German leaders met in Paris on the 11th of January 2022.                             | 2022-01-15 | date      | 2022-01-11
            An earthquake struck Japan on March 16, 2022.                                                   | 2022-03-17 | date      | 2022-03-16
            A magnitude 6.1 earthquake struck Japan on Nov. 2.                                              | 2021-11-04 | date      | 2021-11-02
            Russian air strikes on Idlib killed at least 20 civilians on 22 March.                          | 2022-03-24 | date      | 2022-03-22
            Russian and American diplomats met in Geneva on Saturday, Jan. 8.                               | 2022-01-10 | date      | 2022-01-08
            On March 9, Indian and Chinese officials held talks in Delhi.                                   | 2022-03-12 | date      | 2022-03-09
            Indian and Chinese officials held talks in Delhi on Dec. 31, 2021.                              | 2022-03-12 | date      | 2021-12-31
            Russian and American diplomats held talks in Geneva on the night of January 9.                  | 2022-01-13 | date      | 2022-01-09
            # ---- intervals: day ranges with and, hyphen, en dash, from/to, between/and, through, until, across months and years
            Russian and American diplomats held talks in Geneva on January 9 and 10.                        | 2022-01-12 | date      | 2022-01-09/2022-01-10
            Russian and American diplomats will hold talks in Geneva on January 12-13.                      | 2022-01-09 | date      | 2022-01-12/2022-01-13
            Russian and American diplomats will hold talks in Geneva on January 12–13.                      | 2022-01-09 | date      | 2022-01-12/2022-01-13
            Russian and American diplomats held talks in Geneva on 9-10 January.                            | 2022-01-12 | date      | 2022-01-09/2022-01-10
            Russian and American diplomats held talks in Geneva on 9 and 10 January.                        | 2022-01-12 | date      | 2022-01-09/2022-01-10
            Russian and Belarusian troops will hold joint exercises from March 23 to 29.                    | 2022-03-01 | date      | 2022-03-23/2022-03-29
            Russian and Belarusian troops will hold joint exercises between June 1 and 3.                   | 2022-05-20 | date      | 2022-06-01/2022-06-03
            Russian and Belarusian troops will hold joint exercises between 1 and 3 June.                   | 2022-05-20 | date      | 2022-06-01/2022-06-03
            Russian and Belarusian troops will hold joint exercises from January 30 to February 2.          | 2022-01-12 | date      | 2022-01-30/2022-02-02
            Russian and Belarusian troops will hold joint exercises from December 30 to January 2.          | 2021-12-20 | date      | 2021-12-30/2022-01-02
            Russian and Belarusian troops will hold joint exercises from 9 to 11 February 2022.             | 2022-01-12 | date      | 2022-02-09/2022-02-11
            Russian and Belarusian troops will hold joint exercises from February 10 through 20.            | 2022-01-12 | date      | 2022-02-10/2022-02-20
            Indian and Chinese officials held talks on March 1-3, 2021.                                     | 2022-01-12 | date      | 2021-03-01/2021-03-03
            Russian and Belarusian troops will hold joint exercises from February 10 until February 20.     | 2022-01-12 | date      | 2022-02-10/2022-02-20
            Indian and Chinese officials held talks in Delhi on March 9th and 10th.                         | 2022-03-12 | date      | 2022-03-09/2022-03-10
            # ---- months, seasons, years and parts of them; bare month names follow the tense
            Indian and Chinese officials held talks in July 2019.                                           | 2022-01-15 | date      | 2019-07
            Indian and Chinese officials held talks in the summer of 2019.                                  | 2022-01-15 | date      | 2019-SU
            Indian and Chinese officials held talks in the spring of 2021.                                  | 2022-01-15 | date      | 2021-SP
            Indian and Chinese officials held talks in the fall of 2020.                                    | 2022-01-15 | date      | 2020-FA
            Indian and Chinese officials held talks in the autumn of 2018.                                  | 2022-01-15 | date      | 2018-FA
            Indian and Chinese officials held talks in the winter of 2019.                                  | 2022-01-15 | date      | 2019-WI
            Indian and Chinese officials held talks in summer 2019.                                         | 2022-01-15 | date      | 2019-SU
            Indian and Chinese officials held talks in 2019.                                                | 2022-01-15 | date      | 2019
            Indian and Chinese officials held talks in March of 2020.                                       | 2022-01-15 | date      | 2020-03
            Indian and Chinese officials held talks in Sept. 2020.                                          | 2022-01-15 | date      | 2020-09
            Indian and Chinese officials will hold talks in mid-January.                                    | 2022-01-05 | date      | 2022-01-11/2022-01-20
            Indian and Chinese officials held talks in early January.                                       | 2022-01-20 | date      | 2022-01-01/2022-01-10
            Indian and Chinese officials held talks in late December.                                       | 2022-01-09 | date      | 2021-12-21/2021-12-31
            Indian and Chinese officials will hold talks at the end of January.                             | 2022-01-05 | date      | 2022-01-21/2022-01-31
            Indian and Chinese officials will hold talks at the beginning of March.                         | 2022-01-05 | date      | 2022-03-01/2022-03-10
            Indian and Chinese officials held talks in the middle of March 2021.                            | 2022-01-05 | date      | 2021-03-11/2021-03-20
            Indian and Chinese officials held talks in early 2019.                                          | 2022-01-15 | date      | 2019-01/2019-04
            Indian and Chinese officials held talks in late 2021.                                           | 2022-01-15 | date      | 2021-09/2021-12
            Indian and Chinese officials held talks in mid-2020.                                            | 2022-01-15 | date      | 2020-05/2020-08
            Indian and Chinese officials will hold talks in early 2023.                                     | 2022-11-01 | date      | 2023-01/2023-04
            Indian and Chinese officials held talks in December.                                            | 2022-01-09 | date      | 2021-12
            Indian and Chinese officials will hold talks in December.                                       | 2022-01-09 | date      | 2022-12
            Indian and Chinese officials held talks last December.                                          | 2022-06-01 | date      | 2021-12
            Indian and Chinese officials will hold talks next March.                                        | 2022-06-01 | date      | 2023-03
            Indian and Chinese officials held talks earlier this month.                                     | 2022-03-15 | date      | 2022-03
            Indian and Chinese officials held talks in Delhi in January 2022.                               | 2022-03-12 | date      | 2022-01
            Iranian and American diplomats held talks in Vienna in the summer of 2021.                      | 2022-03-12 | date      | 2021-SU
            # ---- relative expressions: days, weekdays (with parts of the day), weeks, months, years, ago
            Russian and American diplomats held talks in Geneva yesterday.                                  | 2022-01-10 | date      | 2022-01-09
            Russian and American diplomats will hold talks in Geneva today.                                 | 2022-01-10 | date      | 2022-01-10
            Russian and American diplomats will hold talks in Geneva tomorrow.                              | 2022-01-10 | date      | 2022-01-11
            Russian and American diplomats will hold talks in Geneva tonight.                               | 2022-01-10 | date      | 2022-01-10
            Yesterday's talks between Russia and the United States ended without a deal.                    | 2022-01-10 | date      | 2022-01-09
            Russian and American diplomats held talks in Geneva on Wednesday night.                         | 2022-01-13 | date      | 2022-01-12
            Russian and American diplomats held talks in Geneva on Monday morning.                          | 2022-01-13 | date      | 2022-01-10
            Russian and American diplomats held talks in Geneva on Tuesday.                                 | 2022-01-13 | date      | 2022-01-11
            Russian and American diplomats will hold talks in Geneva on Tuesday.                            | 2022-01-13 | date      | 2022-01-18
            Russian and American diplomats held talks in Geneva on Thursday.                                | 2022-01-13 | date      | 2022-01-13
            Russian and American diplomats held talks in Geneva last Tuesday.                               | 2022-01-13 | date      | 2022-01-11
            Russian and American diplomats will hold talks in Geneva next Monday.                           | 2022-01-13 | date      | 2022-01-17
            Russian and American diplomats held talks in Geneva last month.                                 | 2022-01-10 | date      | 2021-12
            Russian and American diplomats will hold talks in Geneva next month.                            | 2022-01-10 | date      | 2022-02
            Russian and American diplomats will hold talks in Geneva this month.                            | 2022-01-10 | date      | 2022-01
            Russian and American diplomats will hold talks in Geneva next week.                             | 2022-01-05 | date      | 2022-W02
            Russian and American diplomats held talks in Geneva last week.                                  | 2022-01-13 | date      | 2022-W01
            Russian and American diplomats will hold talks in Geneva this week.                             | 2022-01-13 | date      | 2022-W02
            Russian and American diplomats held talks in Geneva last year.                                  | 2022-01-10 | date      | 2021
            Russian and American diplomats will hold talks in Geneva next year.                             | 2022-01-10 | date      | 2023
            Russian and American diplomats will hold talks in Geneva this year.                             | 2022-01-10 | date      | 2022
            Russian and American diplomats held talks in Geneva three days ago.                             | 2022-01-10 | date      | 2022-01-07
            Russian and American diplomats held talks in Geneva 10 days ago.                                | 2022-01-20 | date      | 2022-01-10
            Russian and American diplomats held talks in Geneva two weeks ago.                              | 2022-01-10 | date      | 2021-W52
            Russian and American diplomats held talks in Geneva a month ago.                                | 2022-01-10 | date      | 2021-12
            Russian and American diplomats held talks in Geneva five years ago.                             | 2022-01-10 | date      | 2017
            A magnitude 6.1 earthquake struck Japan on Tuesday.                                             | 2022-01-13 | date      | 2022-01-11
            Russian air strikes on Idlib killed at least 20 civilians on Sunday.                            | 2022-01-13 | date      | 2022-01-09
            Russian and American diplomats held talks in Geneva on Monday evening.                          | 2022-01-13 | date      | 2022-01-10
            Russian and American diplomats held talks in Geneva earlier this week.                          | 2022-01-13 | date      | 2022-W02
            Russian and American diplomats held talks in Geneva in the past week.                           | 2022-01-13 | date      | 2022-W01
            # ---- tense-aware year choice for year-less dates (month level, as HeidelTime); no tense: nearest occurrence
            Russian and American diplomats will meet in Geneva on December 12.                              | 2022-01-09 | date      | 2022-12-12
            Russian and American diplomats met in Geneva on December 31.                                    | 2022-01-05 | date      | 2021-12-31
            Russian and American diplomats held talks in Geneva on December 31.                             | 2022-01-05 | date      | 2021-12-31
            Talks between Russia and the United States are expected to begin on January 10.                 | 2022-01-05 | date      | 2022-01-10
            Russian and American diplomats will hold talks in Geneva on January 3.                          | 2021-12-20 | date      | 2022-01-03
            Russian and American diplomats held talks in Geneva on November 28.                             | 2022-01-05 | date      | 2021-11-28
            Russian and American diplomats met in Geneva on March 3.                                        | 2022-01-10 | date      | 2021-03-03
            Talks between Russia and the United States are scheduled for February 2.                        | 2021-11-20 | date      | 2022-02-02
            The upcoming talks between Russia and the United States on January 3 will take place in Geneva. | 2021-12-30 | date      | 2022-01-03
            Russian and American diplomats will meet in Geneva in February.                                 | 2021-12-10 | date      | 2022-02
            Russian and American diplomats met in Geneva in November.                                       | 2022-01-10 | date      | 2021-11
            Summit of the Russian and American presidents on December 30                                    | 2022-01-02 | date      | 2021-12-30
            Summit of the Russian and American presidents on January 3                                      | 2021-12-30 | date      | 2022-01-03
            # ---- datelines are stripped: neither their place nor their date becomes a claim
            MOSCOW, January 10. /TASS/. Russian and American diplomats held talks in Geneva on Monday.      | 2022-01-10 | date      | 2022-01-10
            MOSCOW, January 10. /TASS/. Russian and American diplomats held talks in Geneva on Monday.      | 2022-01-10 | location  | Geneva
            GENEVA, Jan 9 (Reuters) - Russian and American diplomats will hold talks on Monday.             | 2022-01-09 | date      | 2022-01-10
            BRUSSELS (TASS): NATO and Russia will hold talks on January 12.                                 | 2022-01-10 | date      | 2022-01-12
            date 2022-01-09 Russian and American diplomats met in Geneva yesterday.                         | 2022-01-10 | date      | 2022-01-09
            WASHINGTON /TASS/. Russian and American diplomats will meet in Geneva on January 10.            | 2022-01-05 | date      | 2022-01-10
            # ---- the calendar parenthesis restates the date before it: one date, not two
            Russian and Serbian church leaders met in Moscow on January 7 (December 25).                    | 2022-01-10 | date      | 2022-01-07
            Russian and Serbian church leaders met in Moscow on January 13 (December 31).                   | 2022-01-14 | date      | 2022-01-13
            Russian and Serbian church leaders met in Moscow on January 13 (December 23).                   | 2022-01-14 | date      | 2022-01-13
            Russian and Serbian church leaders met in Moscow on 14 January (1 January).                     | 2022-01-15 | date      | 2022-01-14
            # ---- durations: lasted ..., hyphenated adjectives, qualifiers, halves
            The Russian and American presidents held a 50-minute phone call on Thursday.                    | 2021-12-31 | duration  | PT50M
            Talks between Russia and the United States lasted more than three hours.                        | 2022-01-10 | duration  | >PT3H
            Russian and Chinese navies began a week-long exercise in the Sea of Japan.                      | 2021-10-15 | duration  | P1W
            Talks between Iran and the United States lasted two and a half years.                           | 2022-01-10 | duration  | P2Y6M
            Russian and American diplomats held a two-hour meeting in Geneva.                               | 2022-01-10 | duration  | PT2H
            Talks between Russia and the United States lasted about an hour.                                | 2022-01-10 | duration  | ~PT1H
            Talks between Russia and the United States lasted for 90 minutes.                               | 2022-01-10 | duration  | PT1H30M
            Talks between Russia and the United States lasted nearly two hours.                             | 2022-01-10 | duration  | ~PT2H
            Talks between Russia and the United States lasted less than an hour.                            | 2022-01-10 | duration  | <PT1H
            Talks between Russia and the United States lasted three days.                                   | 2022-01-10 | duration  | P3D
            Talks between Russia and the United States lasted several hours.                                | 2022-01-10 | duration  | ~PT3H
            Talks between Russia and the United States lasted an hour and a half.                           | 2022-01-10 | duration  | PT1H30M
            Talks between Russia and the United States lasted 2.5 hours.                                    | 2022-01-10 | duration  | PT2H30M
            Talks between Russia and the United States lasted at least two days.                            | 2022-01-10 | duration  | >=P2D
            The Russian and American presidents held a 90-minute video call on Tuesday.                     | 2021-12-08 | duration  | PT1H30M
            Russian and Belarusian troops began a 10-day exercise on Thursday.                              | 2022-02-10 | duration  | P10D
            Russian and Belarusian troops began a two-week exercise on Thursday.                            | 2022-02-10 | duration  | P2W
            Talks between Russia and the United States lasted seven and a half hours.                       | 2022-01-10 | duration  | PT7H30M
            The Indian prime minister paid a 3-day visit to Russia.                                         | 2021-12-08 | duration  | P3D
            Russian and Chinese navies held a five-day exercise in the Sea of Japan in October.             | 2021-12-08 | duration  | P5D
            Talks between Russia and the United States lasted five hours.                                   | 2022-01-10 | duration  | PT5H
            Talks between Russia and the United States lasted over two hours.                               | 2022-01-10 | duration  | >PT2H
            # ---- quantities: deaths, injuries, arrests; digits, thousands separators, number words, vague plurals, qualifiers
            Russian air strikes on Idlib killed at least 20 civilians on Sunday.                            | 2022-01-13 | deaths    | >=20
            At least 112 people were killed in a Saudi air strike on Yemen.                                 | 2022-01-22 | deaths    | >=112
            Russian air strikes hit Idlib, killing 20 civilians.                                            | 2022-01-13 | deaths    | 20
            Twelve people were killed in a Russian air strike on Idlib.                                     | 2022-01-13 | deaths    | 12
            Russian and American diplomats held talks in Geneva the day before yesterday.                   | 2022-01-10 | date      | 2022-01-08
            The Indian prime minister paid a three-day visit to Russia.                                     | 2021-12-08 | duration  | P3D
            The death toll from the earthquake in Turkey rose to 86.                                        | 2023-02-07 | deaths    | 86
            The death toll from the earthquake in Turkey stood at 1,200.                                    | 2023-02-07 | deaths    | 1200
            Twenty-one people were killed in a Russian air strike on Idlib.                                 | 2022-01-13 | deaths    | 21
            Twenty-five people were killed in a Russian air strike on Idlib.                                | 2022-01-13 | deaths    | 25
            Russian air strikes on Idlib killed twenty-five civilians.                                      | 2022-01-13 | deaths    | 25
            Dozens of people were killed in a Russian air strike on Idlib.                                  | 2022-01-13 | deaths    | >=24
            About 300 people died in the earthquake in Turkey.                                              | 2023-02-07 | deaths    | ~300
            More than 300 people were killed in the earthquake in Turkey.                                   | 2023-02-07 | deaths    | >300
            Nearly 50 people were killed in the earthquake in Turkey.                                       | 2023-02-07 | deaths    | ~50
            A Russian air strike on Idlib killed one civilian.                                              | 2022-01-13 | deaths    | 1
            A Russian air strike on Idlib left 12 dead.                                                     | 2022-01-13 | deaths    | 12
            A dozen people were killed in a Russian air strike on Idlib.                                    | 2022-01-13 | deaths    | 12
            The Russian air strike on Idlib claimed the lives of 9 people.                                  | 2022-01-13 | deaths    | 9
            Fifteen soldiers were killed in a Russian air strike on Idlib.                                  | 2022-01-13 | deaths    | 15
            Russian air strikes on Idlib killed 30,000 people.                                              | 2022-01-13 | deaths    | 30000
            Russian air strikes on Idlib killed hundreds.                                                   | 2022-01-13 | deaths    | >=200
            Russian air strikes on Idlib killed up to 40 civilians.                                         | 2022-01-13 | deaths    | <=40
            A Russian air strike on Idlib killed 5 people and injured 30.                                   | 2022-01-13 | injuries  | 30
            A Russian air strike on Idlib killed 5 people, injuring 30 others.                              | 2022-01-13 | injuries  | 30
            Thirty people were injured in a Russian air strike on Idlib.                                    | 2022-01-13 | injuries  | 30
            Kazakhstani police arrested 15 protesters in Almaty on Tuesday.                                 | 2022-01-13 | arrests   | 15
            More than 300 protesters were detained during protests in Kazakhstan against Russia.            | 2022-01-13 | arrests   | >300
            The death toll rose to 86 after the earthquake in Turkey.                                       | 2023-02-07 | deaths    | 86
            A Russian air strike on Idlib killed 5 people, wounding 14.                                     | 2022-01-13 | injuries  | 14
            A Russian air strike on Idlib killed 5 people and injured dozens.                               | 2022-01-13 | injuries  | >=24
            A magnitude 5.9 earthquake struck Japan, killing three people.                                  | 2022-01-13 | deaths    | 3
            # ---- casualties: asides, martyrs, tolls with 'was', 'the death of', counts with no trigger in their sentence
            At least 10 people, including seven children, were killed in a Russian air strike on Idlib.     | 2022-01-13 | deaths    | >=10
            At least 13 civilians mostly women and children were killed in a Russian air strike on Idlib.   | 2022-01-13 | deaths    | >=13
            Three civilians were martyred in a Russian air strike on Idlib.                                 | 2022-01-13 | deaths    | 3
            The death toll from the Russian air strike on Idlib was at least 24.                            | 2022-01-13 | deaths    | >=24
            The Russian air strike on Idlib led to the death of five civilians.                             | 2022-01-13 | deaths    | 5
            The Russian air strike on Idlib claimed more than 100 civilian lives.                           | 2022-01-13 | deaths    | >100
            Over 65 people have been killed in Syria.                                                       | 2022-01-13 | deaths    | >65
            At least 50 people have lost their lives in Syria.                                              | 2022-01-13 | deaths    | >=50
            # ---- quantities: earthquake magnitudes and lengths (normalized to metres)
            A magnitude 7.8 earthquake struck Turkey on Monday.                                             | 2023-02-07 | magnitude | 7.8
            A 7.8-magnitude quake struck Turkey on Monday.                                                  | 2023-02-07 | magnitude | 7.8
            A 6 magnitude earthquake struck Japan on Tuesday.                                               | 2022-01-13 | magnitude | 6
            An earthquake of magnitude 7.3 struck Japan on Wednesday.                                       | 2022-03-17 | magnitude | 7.3
            A 400-metre-long ship ran aground in the Suez Canal in Egypt.                                   | 2021-03-24 | length    | 400 m
            A 400-meter-long ship ran aground in the Suez Canal in Egypt.                                   | 2021-03-24 | length    | 400 m
            A 1,300-foot-long ship ran aground in the Suez Canal in Egypt.                                  | 2021-03-24 | length    | 396.2 m
            A 2-kilometre-long convoy was hit in a Russian air strike on Idlib.                             | 2022-01-13 | length    | 2000 m
            A magnitude 5.9 earthquake struck Japan, killing three people.                                  | 2022-01-13 | magnitude | 5.9
            # ---- places: after in/at/near, hosting cities, multi-word names, capitals that are not parties
            Indian and Chinese officials held talks in Delhi on March 9.                                    | 2022-03-12 | location  | Delhi
            Russian and American diplomats held talks in Geneva on Monday.                                  | 2022-01-10 | location  | Geneva
            Geneva is hosting talks between Russia and the United States.                                   | 2022-01-10 | location  | Geneva
            Brussels will also host a meeting of the NATO-Russia Council.                                   | 2022-01-10 | location  | Brussels
            Russian and American diplomats held talks in Vienna.                                            | 2022-01-10 | location  | Vienna
            Russian and Chinese leaders held talks in Moscow.                                               | 2022-01-10 | location  | Moscow
            Russian and Chinese leaders held talks in Beijing.                                              | 2022-01-10 | location  | Beijing
            Russian and American diplomats held talks at Geneva.                                            | 2022-01-10 | location  | Geneva
            A magnitude 6.1 earthquake struck Japan on Tuesday near Tokyo.                                  | 2022-01-13 | location  | Tokyo
            A magnitude 7.8 earthquake struck near Gaziantep on Monday.                                     | 2023-02-07 | location  | Gaziantep
            Russian air strikes in Idlib killed at least 20 civilians on Sunday.                            | 2022-01-13 | location  | Idlib
            Russian and American diplomats held talks in New York.                                          | 2022-01-10 | location  | New York
            Russian and Turkish officials held talks in Istanbul on Tuesday.                                | 2022-01-13 | location  | Istanbul
            Russian and American diplomats held talks in Geneva, Switzerland.                               | 2022-01-10 | location  | Geneva
            Vienna will host talks between Iran and the United States.                                      | 2022-01-10 | location  | Vienna
            Russian and Belarusian leaders held talks in Minsk.                                             | 2022-01-10 | location  | Minsk
            Russian and Turkish leaders held talks in Sochi.                                                | 2022-01-10 | location  | Sochi
            American and Taliban officials held talks in Doha.                                              | 2022-01-10 | location  | Doha
            Russian and Ukrainian delegations held talks near Kyiv.                                         | 2022-03-01 | location  | Kyiv
            Russian and American diplomats held talks in the Swiss city of Geneva.                          | 2022-01-10 | location  | Geneva
            Syrian government air strikes killed 12 civilians in the northern city of Aleppo on Monday.     | 2016-04-20 | location  | Aleppo
            Russia's talks with China took place in Beijing on Monday.                                      | 2022-01-13 | location  | Beijing
            # ---- parts of a year next to the article's, seasons without a year, halves, weekends, a day of the month alone
            Indian and Chinese officials held talks in late last year.                                      | 2022-03-15 | date      | 2021-09/2021-12
            Indian and Chinese officials held talks late last year.                                         | 2022-03-15 | date      | 2021-09/2021-12
            Indian and Chinese officials will hold talks early next year.                                   | 2022-03-15 | date      | 2023-01/2023-04
            Indian and Chinese officials will hold talks this summer.                                       | 2022-03-15 | date      | 2022-SU
            Indian and Chinese officials held talks last summer.                                            | 2022-03-15 | date      | 2021-SU
            Indian and Chinese officials held talks last summer.                                            | 2022-10-15 | date      | 2022-SU
            Indian and Chinese officials will hold talks next spring.                                       | 2022-10-15 | date      | 2023-SP
            Indian and Chinese officials held talks last winter.                                            | 2022-03-15 | date      | 2022-WI
            Indian and Chinese officials held talks in the first half of 2021.                              | 2022-03-15 | date      | 2021-01/2021-06
            Indian and Chinese officials will hold talks in the second half of this year.                   | 2022-03-15 | date      | 2022-07/2022-12
            Russian and American diplomats will hold talks in Geneva next weekend.                          | 2022-01-10 | date      | 2022-01-15/2022-01-16
            Russian and American diplomats held talks in Geneva last weekend.                               | 2022-01-10 | date      | 2022-01-08/2022-01-09
            Russian and American diplomats will hold talks in Geneva on the 12th.                           | 2022-01-10 | date      | 2022-01-12
            Russian and American diplomats held talks in Geneva on the 28th.                                | 2022-01-10 | date      | 2021-12-28
            Russian and American diplomats held talks in Geneva on the 9th of January.                      | 2022-01-12 | date      | 2022-01-09
            Russian and American diplomats held talks in Geneva on the 31st.                                | 2022-03-10 | date      | 2022-01-31
            """)
    void extractsTheNormalizedValue(String sentence, String documentDate, String attribute, String expected) {
        List<Claim> claims = extract(sentence, documentDate);
        List<Claim> ofAttribute = claims.stream().filter(c -> c.attribute().equals(attribute)).toList();
        assertThat(ofAttribute.stream().map(Claim::value).distinct().toList())
                .as("%s claims of \"%s\" (all claims: %s)", attribute, sentence,
                        claims.stream().map(c -> c.attribute() + "=" + c.value() + " '" + c.display() + "'").toList())
                .containsExactly(expected);
        assertThat(ofAttribute).allSatisfy(c -> assertThat(sentence).contains(c.display()));
    }

    /**
     * Classes of expression still not handled (see the comments), each row with the value it should give. Today they
     * give another value or none: run this method alone (remove @Disabled) to see what.
     */
    @Disabled("known gap: expressions the extractor does not handle yet; see the comments on each group of rows")
    @ParameterizedTest(name = "[{index}] {1}: \"{0}\" -> {2} {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # ---- offsets forward ('in two weeks'): 'in N days' is as often a duration, and is not read as a date
            Russian and American diplomats held talks in Geneva over the weekend.                           | 2022-01-10 | date      | 2022-01-08/2022-01-09
            Russian and American diplomats will hold talks in Geneva in two weeks.                          | 2022-01-10 | date      | 2022-W04
            # ---- a dateline's date does not anchor relative expressions: the publication date does
            MOSCOW, January 10. /TASS/. Russian and American diplomats held talks in Geneva yesterday.      | 2022-01-11 | date      | 2022-01-09
            # ---- a calendar parenthesis with more than a date in it is read as a second date
            Russian and Serbian church leaders met in Moscow on January 19 (January 6, Old Style).          | 2022-01-20 | date      | 2022-01-19
            # ---- durations: 'N hours of talks' is no shape the finder reads
            Russian and American diplomats held more than three hours of talks in Geneva.                   | 2022-01-10 | duration  | >PT3H
            # ---- casualties: 'one hundred and twelve' is not read (no longer the wrong 12)
            One hundred and twelve people were killed in a Saudi air strike on Yemen.                       | 2022-01-22 | deaths    | 112
            # ---- 'magnitude-6.4': the sentence detector splits after '6.4' and the tokenizer splits the compound
            A magnitude-6.4 earthquake struck Turkey on Monday.                                             | 2023-02-07 | magnitude | 6.4
            # ---- event detection, not the expression: a subject behind a be-auxiliary ('are holding talks') and a mistagged
            # ---- 'joint' (tagged IN) leave the event without parties, so its (correctly normalized) date yields no claim
            Russian and American diplomats are holding talks in Geneva today.                               | 2022-01-10 | date      | 2022-01-10
            Russian and Belarusian troops held joint exercises in July 2019.                                | 2022-01-15 | date      | 2019-07
            """)
    void knownGaps(String sentence, String documentDate, String attribute, String expected) {
        extractsTheNormalizedValue(sentence, documentDate, attribute, expected);
    }

    /**
     * The tokenizer keeps "Russia's" as one token (its word pattern swallows the possessive before the "'s" alternative
     * is tried), so the gazetteer never sees "Russia": the talks come out as a meeting of China alone.
     */
    @Disabled("known gap: a possessive name (\"Russia's talks with China\") is not recognized as a party")
    @Test
    void aPossessiveNameIsAParty() {
        List<Claim> claims = extract("Russia's talks with China took place in Beijing on Monday.", "2022-01-13");
        assertThat(claims).extracting(Claim::eventKey).containsOnly("meeting:china+russia");
    }
}
