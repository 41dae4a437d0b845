package no.takt.documents.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class KidTest {

    @Test
    void theNetsManualsExamples() {
        assertThat(Kid.mod10("12345678")).isEqualTo("2");
        assertThat(Kid.mod11("12345678")).isEqualTo("5");
    }

    @Test
    void theSeedsFormats() {
        assertThat(Kid.of("cccccciiiiii", 12345, 98765, Kid.Algorithm.MOD10)).hasValueSatisfying(kid -> {
            assertThat(kid).startsWith("012345098765").hasSize(13);
            assertThat(kid.substring(12)).isEqualTo(Kid.mod10("012345098765"));
        });
        assertThat(Kid.of("100iiiiiiiicccccccc", 12345, 98765, Kid.Algorithm.MOD11)).hasValueSatisfying(kid ->
                assertThat(kid).startsWith("1000009876500012345").hasSize(20));
    }

    @Test
    void aNumberLongerThanItsRunGivesNoKidRatherThanAWrongOne() {
        assertThat(Kid.of("ccccciiiii", 123456, 1, Kid.Algorithm.MOD10)).isEmpty();
    }

    @Test
    void mod11RemainderOneGivesAMinus() {
        String digits = IntStream.range(0, 100_000).mapToObj(i -> String.format("%06d", i))
                .filter(d -> Kid.mod11(d).equals("-")).findFirst().orElseThrow();
        assertThat(Kid.isValid(digits + "-")).isTrue();
        assertThat(Kid.isValid(digits + "0")).isEqualTo(Kid.mod10(digits).equals("0"));
    }

    /** Every KID in Nets' sample OCR file (MOD10 and MOD11 mixed) validates. */
    @Test
    void everyKidOfTheSampleOcrFileIsValid() throws Exception {
        List<String> kids = Files.readAllLines(Path.of("src/test/resources/testdata/ocr-giro/ocr-sample-20-transactions.txt"))
                .stream().filter(l -> l.length() >= 74 && l.startsWith("30", 6))
                .map(l -> l.substring(49, 74).trim()).toList();
        assertThat(kids).hasSize(20).allSatisfy(kid -> assertThat(Kid.isValid(kid)).as(kid).isTrue());
    }

    static Stream<Long> seeds() {
        return Stream.iterate(1L, s -> s + 1).limit(100);
    }

    /** Any generated KID validates, and changing any one digit makes it invalid under its algorithm. */
    @ParameterizedTest
    @MethodSource("seeds")
    void generatedKidsValidateAndCatchSingleDigitErrors(long seed) {
        Random random = new Random(seed);
        Kid.Algorithm algorithm = random.nextBoolean() ? Kid.Algorithm.MOD10 : Kid.Algorithm.MOD11;
        String kid = Kid.of("cccccccciiiiiiii", random.nextInt(99_999_999), random.nextInt(99_999_999), algorithm)
                .orElseThrow();
        assertThat(Kid.isValid(kid)).isTrue();
        String body = kid.substring(0, kid.length() - 1);
        int position = random.nextInt(body.length());
        char other = (char) ('0' + (body.charAt(position) - '0' + 1 + random.nextInt(9)) % 10);
        String changed = body.substring(0, position) + other + body.substring(position + 1);
        assertThat(Kid.checkDigit(changed, algorithm)).isNotEqualTo(kid.substring(kid.length() - 1));
    }

    @Test
    void paymentInfoAndFiPaymentIds() {
        assertThat(PaymentReferences.paymentInfo("Fakturanr. iiiiii, kundenr. cccccc", 12345, 98765))
                .isEqualTo("Fakturanr. 98765, kundenr. 12345");
        assertThat(PaymentReferences.paymentInfo("Faktura iiiii for client ccccc", 7, 42))
                .isEqualTo("Faktura 42 for client 7");
        String id = PaymentReferences.fi71PaymentId(98765);
        assertThat(id).hasSize(15).startsWith("00000000098765");
        assertThat(Kid.mod10(id.substring(0, 14))).isEqualTo(id.substring(14));
        assertThat(PaymentReferences.fi71CodeLine(98765, "85123456")).isEqualTo("+71<" + id + "+85123456<");
    }
}
