package no.takt.payments.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import no.takt.support.TestResources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BankFilesTest {

    private static byte[] resource(String path) {
        return TestResources.bytes(path);
    }

    @Test
    void netsSampleOfTwentyTransactionsAddsUpToItsTrailer() {
        BankFile file = BankFile.read(resource("/testdata/ocr-giro/ocr-sample-20-transactions.txt"));
        assertThat(file.format()).isEqualTo(BankFile.Format.OCR_GIRO);
        assertThat(file.transactions()).hasSize(20);
        assertThat(file.total()).isEqualByComparingTo("51449.00");
        BankTransaction first = file.transactions().getFirst();
        assertThat(first.type()).isEqualTo("21");
        assertThat(first.amount()).isEqualByComparingTo("1020.00");
        assertThat(first.kid()).isEqualTo("0000531");
        assertThat(first.freeText()).isEqualTo("Foo bar baz");
        assertThat(first.date()).isEqualTo(LocalDate.of(1992, 1, 20));
        assertThat(first.payer().account()).isEqualTo("99990512341");
        BankTransaction second = file.transactions().get(1);
        assertThat(second.type()).isEqualTo("10");
        assertThat(second.kid()).isEqualTo("0036633");
        assertThat(second.freeText()).isNull();
        assertThat(file.transactions().stream().map(BankTransaction::bankReference).distinct()).hasSize(20);
        assertThat(file.transactions()).allMatch(t -> t.amount().signum() > 0);
    }

    @Test
    void netsFreeTextSampleCarriesItsTextAndNoKid() {
        BankFile file = BankFile.read(resource("/testdata/ocr-giro/ocr-sample-free-text.txt"));
        assertThat(file.transactions()).singleElement().satisfies(t -> {
            assertThat(t.type()).isEqualTo("21");
            assertThat(t.amount()).isEqualByComparingTo("440.00");
            assertThat(t.freeText()).isEqualTo("ABCDEFGHIJKLMNOPQRSTUVWXZYabcdefghijklmn");
            assertThat(t.date()).isEqualTo(LocalDate.of(2004, 3, 24));
        });
    }

    @Test
    void reversalsTakeMoneyBackAndAreAddedIntoTheTrailerTotal() {
        String ocr = new OcrFiles()
                .add(new OcrFiles.Tx("19", new BigDecimal("500.00"), "0001234000010037", null, LocalDate.of(2027, 1,
                        15)))
                .add(new OcrFiles.Tx("18", new BigDecimal("500.00"), "0001234000010037", null, LocalDate.of(2027, 1,
                        16)))
                .add(new OcrFiles.Tx("20", new BigDecimal("99.00"), null, "Kiosk retur", LocalDate.of(2027, 1, 16)))
                .write();
        BankFile file = OcrGiro.read(ocr);
        assertThat(file.transactions()).extracting(BankTransaction::amount)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("500.00"), new BigDecimal("-500.00"), new BigDecimal("-99.00"));
        assertThat(file.transactions().get(2).freeText()).isEqualTo("Kiosk retur");
        // The trailer says 1 099,00 (every amount added): the reversals were not subtracted.
        assertThat(ocr.lines().toList().getLast().substring(24, 41)).isEqualTo("00000000000109900");
    }

    @Test
    void anAvtaleGiroClaimSettledComesAsTypeFifteen() {
        BankFile file = OcrGiro.read(new OcrFiles().add(new OcrFiles.Tx("15", new BigDecimal("249.00"),
                "0001234000010037", null, LocalDate.of(2027, 2, 20))).write());
        assertThat(file.transactions()).singleElement().extracting(BankTransaction::type).isEqualTo("15");
    }

    @Test
    void aTotalThatDisagreesWithItsTrailerIsRefusedAtTheEndRecord() {
        String ocr = new OcrFiles().add(OcrFiles.Tx.kid("0001234000010037", "100.00")).wrongTotal(1).write();
        assertThatThrownBy(() -> OcrGiro.read(ocr)).isInstanceOfSatisfying(BankFileException.class, e -> {
            assertThat(e.line()).isEqualTo(5);
            assertThat(e.reason()).isEqualTo("error.bank-file.total-mismatch");
            assertThat(e.arguments()).containsExactly(new BigDecimal("100.01"), new BigDecimal("100.00"));
        });
    }

    @Test
    void aCountThatDisagreesIsRefused() {
        String ocr = new OcrFiles().add(OcrFiles.Tx.kid("0001234000010037", "100.00")).wrongCount(1).write();
        assertThatThrownBy(() -> OcrGiro.read(ocr)).isInstanceOfSatisfying(BankFileException.class,
                e -> assertThat(e.reason()).isEqualTo("error.bank-file.count-mismatch"));
    }

    @Test
    void aMissingAmountItemTwoIsRefusedAtItsLine() {
        List<String> lines = new java.util.ArrayList<>(new OcrFiles().add(OcrFiles.Tx.kid("0001234000010037", "100.00"))
                .write().lines().toList());
        lines.remove(3);
        assertThatThrownBy(() -> OcrGiro.read(String.join("\n", lines)))
                .isInstanceOfSatisfying(BankFileException.class, e -> {
                    assertThat(e.line()).isEqualTo(4);
                    assertThat(e.reason()).isEqualTo("error.bank-file.missing-item");
                });
    }

    @Test
    void aBadDateOrLettersInAnAmountAreRefusedAtTheirLine() {
        String good = new OcrFiles().add(OcrFiles.Tx.kid("0001234000010037", "100.00")).write();
        List<String> lines = good.lines().toList();
        String badDate = good.replace(lines.get(2), lines.get(2).substring(0,
                15) + "320127" + lines.get(2).substring(21));
        assertThatThrownBy(() -> OcrGiro.read(badDate)).isInstanceOfSatisfying(BankFileException.class, e -> {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.reason()).isEqualTo("error.bank-file.bad-date");
        });
        String letters = good.replace(lines.get(2), lines.get(2).substring(0, 40) + "ABC" + lines.get(2).substring(43));
        assertThatThrownBy(() -> OcrGiro.read(letters)).isInstanceOfSatisfying(BankFileException.class,
                e -> assertThat(e.reason()).isEqualTo("error.bank-file.not-numeric"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "hello", "NY00001000008080"})
    void whatIsNotABankFileIsRefused(String content) {
        assertThatThrownBy(() -> BankFile.read(content.getBytes(StandardCharsets.ISO_8859_1)))
                .isInstanceOf(BankFileException.class);
    }

    @Test
    void aNorwegianCamt054SplitsItsBatchAndLeavesDebitsAside() {
        BankFile file = BankFile.read(resource("/payments/camt054-no-kid.xml"));
        assertThat(file.format()).isEqualTo(BankFile.Format.CAMT054);
        assertThat(file.skipped()).isEqualTo(1);
        assertThat(file.transactions()).hasSize(4);
        assertThat(file.total()).isEqualByComparingTo("2050.00");
        BankTransaction first = file.transactions().getFirst();
        assertThat(first.kid()).isEqualTo("0001234000010037");
        assertThat(first.amount()).isEqualByComparingTo("623.75");
        assertThat(first.currency()).isEqualTo("NOK");
        assertThat(first.payer().name()).isEqualTo("Fjellheim Barnehage AS");
        assertThat(first.payer().account()).isEqualTo("15030123456");
        assertThat(first.date()).isEqualTo(LocalDate.of(2027, 1, 15));
        assertThat(first.bankReference()).isEqualTo("CAMT:DNB2027011500001-1");
        assertThat(file.transactions().get(2).freeText()).isEqualTo("Faktura 10052 januar");
        // An entry of one transaction without its own amount takes the entry's.
        assertThat(file.transactions().get(3).amount()).isEqualByComparingTo("300.00");
    }

    @Test
    void aBatchWhoseTransactionsDoNotAddUpToItsEntryIsRefused() {
        String xml = new String(resource("/payments/camt054-no-kid.xml"), StandardCharsets.UTF_8)
                .replace("<Amt Ccy=\"NOK\">500.00</Amt>", "<Amt Ccy=\"NOK\">500.01</Amt>");
        assertThatThrownBy(() -> BankFile.read(xml.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(BankFileException.class, e -> {
                    assertThat(e.reason()).isEqualTo("error.bank-file.batch-sum");
                    assertThat(e.line()).isEqualTo(22);
                });
    }

    @Test
    void aSummaryThatDisagreesWithTheEntriesIsRefused() {
        String xml = new String(resource("/payments/camt054-no-kid.xml"), StandardCharsets.UTF_8)
                .replace("<NbOfNtries>2</NbOfNtries>", "<NbOfNtries>3</NbOfNtries>");
        assertThatThrownBy(() -> BankFile.read(xml.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(BankFileException.class,
                        e -> assertThat(e.reason()).isEqualTo("error.bank-file.count-mismatch"));
    }

    @Test
    void xmlWithADoctypeIsRefusedBeforeAnyEntityIsRead() {
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.054.001.02\">&x;</Document>";
        assertThatThrownBy(() -> BankFile.read(xml.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(BankFileException.class,
                        e -> assertThat(e.reason()).isEqualTo("error.bank-file.bad-xml"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"camt054.v2.xml", "camt054.v4.xml", "camt054.v8.xml", "camt054.v2.with-account-name.xml",
        "camt054.v8-with-UETR.xml", "camt054.v8-with-financial-institution.xml"})
    void thePublicCamt054SamplesAreReadInEveryVersion(String name) {
        Camt054.Message message = Camt054.parse(resource("/testdata/camt054/" + name));
        assertThat(message.version()).isIn(2, 4, 8);
        assertThat(message.entries()).isNotEmpty();
        Camt054.Entry entry = message.entries().getFirst();
        assertThat(entry.amount()).isEqualByComparingTo("200000");
        assertThat(entry.currency()).isEqualTo("SEK");
        // The samples notify a debit (money out): no payment received comes of them.
        assertThat(entry.credit()).isFalse();
        assertThat(Camt054.read(resource("/testdata/camt054/" + name)).transactions()).isEmpty();
    }

    @Test
    void theV2SampleCarriesReferencesAndFreeTextPerTransaction() {
        Camt054.Message message = Camt054.parse(resource("/testdata/camt054/camt054.v2.xml"));
        assertThat(message.version()).isEqualTo(2);
        assertThat(message.id()).isEqualTo("AAAASESS-FP-ACCR001");
        List<Camt054.Transaction> txs = message.entries().getFirst().transactions();
        assertThat(txs).hasSizeGreaterThanOrEqualTo(3);
        assertThat(txs.getFirst().kid()).isEqualTo("ISR ref number V1");
        assertThat(txs.getFirst().freeText()).isEqualTo("Unstructured Remittance Information V1");
        assertThat(txs.getFirst().payer().name()).isEqualTo("MUELLER");
        assertThat(txs.get(2).freeText()).isEqualTo(
                "Unstructured Remittance Information V3 block 1 Unstructured Remittance Information V3 block 2");
    }

    @Test
    void theV8SampleHasItsUetrAsTheTransactionsReference() {
        Camt054.Message message = Camt054.parse(resource("/testdata/camt054/camt054.v8-with-UETR.xml"));
        assertThat(message.entries().getFirst().transactions().getFirst().reference())
                .isEqualTo("255ae394-9965-4438-ac86-f406feada396");
    }
}
