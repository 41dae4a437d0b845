package no.takt.platform.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class OrganisationNumbersTest {

    @ParameterizedTest
    @ValueSource(strings = {"974760673", "923609016", "971 524 960", "910.434.454"})
    void acceptsRealNorwegianNumbers(String number) {
        assertThat(OrganisationNumbers.isValid("NO", number)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"974760674", "92360901", "9236090161", "abcdefghi", "", "923609017"})
    void rejectsWrongNorwegianNumbers(String number) {
        assertThat(OrganisationNumbers.isValid("NO", number)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"25313763", "25313771", "10150817"})
    void acceptsDanishCvrNumbers(String number) {
        assertThat(OrganisationNumbers.isValid("DK", number)).isTrue();
    }

    @Test
    void rejectsWrongCvrNumbers() {
        assertThat(OrganisationNumbers.isValid("DK", "25313764")).isFalse();
        assertThat(OrganisationNumbers.isValid("DK", "02531376")).isFalse();
    }

    @Test
    void keepsOtherCountriesNumbersAsWritten() {
        assertThat(OrganisationNumbers.isValid("SE", "5567890123")).isTrue();
        assertThat(OrganisationNumbers.isValid("SE", "55-67")).isTrue();
    }

    static Stream<Long> seeds() {
        return IntStream.range(0, 20).mapToObj(i -> 1000L + i);
    }

    /** MOD11 catches every single-digit error: a generated valid number stops validating when any digit changes. */
    @ParameterizedTest
    @MethodSource("seeds")
    void everySingleDigitChangeIsCaught(long seed) {
        Random random = new Random(seed);
        String number = null;
        while (number == null) {
            number = OrganisationNumbers.norwegian(String.format("%08d", 80_000_000 + random.nextInt(19_999_999)));
        }
        assertThat(OrganisationNumbers.isValid("NO", number)).isTrue();
        for (int position = 0; position < 9; position++) {
            for (char digit = '0'; digit <= '9'; digit++) {
                if (number.charAt(position) != digit) {
                    String changed = number.substring(0, position) + digit + number.substring(position + 1);
                    assertThat(OrganisationNumbers.isValid("NO", changed)).as(changed).isFalse();
                }
            }
        }
    }
}
