package no.takt.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The validator against the public PEPPOL examples: they pass, and a broken one does not. */
class EhfValidatorTest {

    private static final Path EXAMPLES = Path.of("src/test/resources/testdata/peppol");
    private static final EhfValidator VALIDATOR = new EhfValidator();

    @Test
    void thePublicExamplesPassTheRules() throws IOException {
        List<Path> files;
        try (Stream<Path> all = Files.walk(EXAMPLES)) {
            files = all.filter(p -> p.toString().endsWith(".xml")).toList();
        }
        assertThat(files).hasSizeGreaterThan(5);
        for (Path file : files) {
            String xml = Files.readString(file);
            if (!xml.contains("<Invoice") && !xml.contains("<CreditNote")) {
                continue;
            }
            EhfValidator.Result result = VALIDATOR.validate(Files.readAllBytes(file), xml.contains("<CreditNote"));
            assertThat(result.errors()).as(file.toString()).isEmpty();
        }
    }

    @Test
    void aBrokenInvoiceIsRefusedWithTheRulesItBreaks() throws IOException {
        String xml = Files.readString(EXAMPLES.resolve("examples/base-example.xml"))
                .replaceFirst("<cbc:DocumentCurrencyCode>[A-Z]+</cbc:DocumentCurrencyCode>",
                        "<cbc:DocumentCurrencyCode>XXX</cbc:DocumentCurrencyCode>");
        EhfValidator.Result result = VALIDATOR.validate(xml.getBytes(), false);
        assertThat(result.valid()).isFalse();
        assertThat(VALIDATOR.validate("<Invoice".getBytes(), false).errors()).singleElement().asString()
                .startsWith("Not well-formed");
    }
}
