package no.takt.platform.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class BankAccountNumbersTest {

    @Test
    void acceptsNorwegianAccountsWithOrWithoutSeparators() {
        assertThat(BankAccountNumbers.isValid("NO", "86011117947")).isTrue();
        assertThat(BankAccountNumbers.isValid("NO", "8601.11.17947")).isTrue();
        assertThat(BankAccountNumbers.isValid("NO", "8601 11 17947")).isTrue();
        assertThat(BankAccountNumbers.normalise("8601.11.17947")).isEqualTo("86011117947");
    }

    @Test
    void rejectsWrongNorwegianAccounts() {
        assertThat(BankAccountNumbers.isValid("NO", "86011117948")).isFalse();
        assertThat(BankAccountNumbers.isValid("NO", "8601111794")).isFalse();
        assertThat(BankAccountNumbers.isValid("NO", "8601111794a")).isFalse();
    }

    @Test
    void checksIbansWithMod97() {
        assertThat(BankAccountNumbers.isValidIban("NO9386011117947")).isTrue();
        assertThat(BankAccountNumbers.isValidIban("NO93 8601 1117 947")).isTrue();
        assertThat(BankAccountNumbers.isValidIban("DK5000400440116243")).isTrue();
        assertThat(BankAccountNumbers.isValidIban("NO9386011117948")).isFalse();
        assertThat(BankAccountNumbers.isValidIban("not an iban")).isFalse();
    }

    static Stream<Long> seeds() {
        return IntStream.range(0, 20).mapToObj(i -> 7000L + i);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void generatedAccountsValidateAndSwappedNeighboursDoNot(long seed) {
        Random random = new Random(seed);
        String account = null;
        while (account == null) {
            account = BankAccountNumbers.norwegian(String.format("%010d", (long) (random.nextDouble() * 9_999_999_999L)));
        }
        assertThat(BankAccountNumbers.isValid("NO", account)).isTrue();
        for (int i = 0; i < 10; i++) {
            if (account.charAt(i) != account.charAt(i + 1)) {
                String swapped = account.substring(0, i) + account.charAt(i + 1) + account.charAt(i)
                        + account.substring(i + 2);
                assertThat(BankAccountNumbers.isValid("NO", swapped)).as(swapped).isFalse();
            }
        }
    }
}
