package io.claimstream.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Casualty phrasings of news, each with the count it states and the words it is read from; and sentences with a
 * number beside a casualty word that is no count of the dead or injured (a date, an age, a year, a count of towns),
 * which must yield none.
 */
class CasualtyCountTest {
    private final QuantityFinder finder = new QuantityFinder();

    @ParameterizedTest(name = "[{index}] \"{0}\" -> {1} {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # an aside between the count and its verb
            At least 10 people, including seven children, were killed in air strikes.          | deaths   | >=10 | At least 10 people, including seven children, were killed
            At least 13 civilians mostly women and children were killed on Saturday.           | deaths   | >=13 | At least 13 civilians mostly women and children were killed
            The clashes left 23 civilians - including nine children - dead.                    | deaths   | 23   | 23 civilians - including nine children - dead
            At least 87 people including 31 children died in the attack.                       | deaths   | >=87 | At least 87 people including 31 children died
            Fifteen civilians among them 11 children were killed in a barrel bomb attack.      | deaths   | 15   | Fifteen civilians among them 11 children were killed
            # up to three words name who was counted; singular nouns with 'one'
            At least 8 White Helmets rescuers killed in an airstrike.                          | deaths   | >=8  | At least 8 White Helmets rescuers killed
            One Syrian civilian was killed on Monday.                                          | deaths   | 1    | One Syrian civilian was killed
            Around 15 young Assyrians had been killed.                                         | deaths   | ~15  | Around 15 young Assyrians had been killed
            Five of them were killed in the raid.                                              | deaths   | 5    | Five of them were killed
            Over 65 people have been killed as a result of these violations.                   | deaths   | >65  | Over 65 people have been killed
            At least 50 people have lost their lives in twin bomb attacks.                     | deaths   | >=50 | At least 50 people have lost their lives
            At least 30 Alawites were shot dead.                                               | deaths   | >=30 | At least 30 Alawites were shot dead
            At least 10 die in barrel bomb attacks.                                            | deaths   | >=10 | At least 10 die
            Three citizens were martyred in the bombing.                                       | deaths   | 3    | Three citizens were martyred
            The attack in the city left 5 martyrs.                                             | deaths   | 5    | 5 martyrs
            # a part of the dead
            Six civilians including a child were among at least 22 killed in air strikes.      | deaths   | 6    | Six civilians including a child
            Four children are among the 28 dead in overnight airstrikes.                       | deaths   | 4    | Four children
            He said 10 of those killed were believed to be civilians.                          | deaths   | 10   | 10 of those killed
            # the dead as the object of a noun or of 'claim'
            The shelling led to the death of five civilians.                                   | deaths   | 5    | death of five
            The rocket led to the killing of one person and the injury of 40 others.           | deaths   | 1    | killing of one
            The blast resulted in the martyrdom of 3 citizens.                                 | deaths   | 3    | martyrdom of 3
            The strikes claimed more than 100 civilian lives.                                  | deaths   | >100 | claimed more than 100 civilian lives
            Twin suicide blasts near the capital claiming 4 martyrs and 13 injured.            | deaths   | 4    | 4 martyrs
            The floods claimed 12 lives in the valley.                                         | deaths   | 12   | claimed 12 lives
            # a headline's run of counts, each with its own verb
            20 people killed 30 others injured in car bomb                                     | deaths   | 20   | 20 people killed
            20 people killed 30 others injured in car bomb                                     | injuries | 30   | 30 others injured
            # coordinated counts after one verb
            US air strikes killed 50 militants and eight civilians.                            | deaths   | 8    | eight
            # tolls: longer phrases before the verb, 'was', a headline's qualifier for a verb, 'the number of victims'
            The death toll from a bomb blast on a crowded bus convoy outside the city reached at least 112. | deaths | >=112 | death toll from a bomb blast on a crowded bus convoy outside the city reached at least 112
            The monitoring group said the death toll was at least 24.                          | deaths   | >=24 | death toll was at least 24
            Death toll from bomb attack at least 112                                           | deaths   | >=112 | Death toll from bomb attack at least 112
            The number of victims in the explosion is at least 70.                             | deaths   | >=70 | number of victims in the explosion is at least 70
            The number of civilians killed by the airstrike has risen to 20.                   | deaths   | 20   | number of civilians killed by the airstrike has risen to 20
            # injuries with an aside closed by punctuation
            Twelve others, including women and children, were wounded.                         | injuries | 12   | Twelve others, including women and children, were wounded
            """)
    void readsTheCount(String sentence, String attribute, String value, String display) {
        List<QuantityFinder.Found> found = finder.find(sentence);
        assertThat(found).as("counts in \"%s\"", sentence)
                .anySatisfy(f -> {
                    assertThat(f.attribute()).isEqualTo(attribute);
                    assertThat(f.value().value()).isEqualTo(value);
                    assertThat(f.text()).isEqualTo(display);
                });
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" -> no {1} {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # dates, ages and years are no counts
            Five people were killed on February 6.                                            | deaths   | 6
            Air strikes on 21 May have killed dozens.                                          | deaths   | 21
            A man aged 25 was killed in the raid.                                              | deaths   | 25
            In 2015 protesters were killed in the square.                                      | deaths   | 2015
            Sun Feb 21 2016 Twin bomb attacks killed dozens.                                   | deaths   | 2016
            Published July 5 2016 A motorcycle bomber killed at least 16 civilians.            | deaths   | 2016
            # a number in the sentence that counts something else
            One of the 3 towns where people were killed was shelled again.                     | deaths   | 3
            Rebels from the six families were among the dead.                                  | deaths   | 6
            The 3 days of fighting killed many.                                                | deaths   | 3
            The attack killed 4 people and 2 days later another blast killed more.             | deaths   | 2
            A car bomb attack on buses from two besieged towns killed 43 people.               | deaths   | 2
            # a singular verb counts one: the number before it is something else
            The 25 year old was killed on Sunday.                                              | deaths   | 25
            # an aside no punctuation closes, followed by a bare participle, is not the count's verb: 16 killed, 22 wounded
            Raids killed 16 civilians including at least one child and wounded 22.             | injuries | 16
            """)
    void readsNoCasualtyCount(String sentence, String attribute, String notAValue) {
        List<QuantityFinder.Found> found = finder.find(sentence);
        assertThat(found.stream().filter(f -> f.attribute().equals(attribute))
                .map(f -> f.value().amount()).toList())
                .as("casualty counts of \"%s\": %s", sentence, found)
                .doesNotContain(Double.parseDouble(notAValue));
    }
}
