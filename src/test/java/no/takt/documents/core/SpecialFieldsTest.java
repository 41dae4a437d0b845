package no.takt.documents.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SpecialFieldsTest {

    private static FieldValues values(String language, LocalDate date) {
        return new FieldValues(new FieldValues.Numbers("98765", "5001", "12345"), "Super", 2,
                new FieldValues.Dates(date, date.plusDays(14), date.plusDays(3)),
                new FieldValues.Sums(new BigDecimal("1247.5"), new BigDecimal("998"), BigDecimal.ZERO, null, null,
                        new BigDecimal("998"), new BigDecimal("249.5"), "NOK"),
                new FieldValues.Parties("PO-77", "Fjord AS", "Kari", "Ola", "1503.12.34562", "Gate 1, 0150 Oslo", null),
                new FieldValues.Project("P1", "PRJ", "Prosjekt"), language);
    }

    @Test
    void theSeedsEmailExamples() {
        FieldValues v = values("nb", LocalDate.of(2026, 2, 1));
        assertThat(SpecialFields.render("Faktura @ID@: @SUBJECT@", v)).isEqualTo("Faktura 98765: Super");
        assertThat(SpecialFields.render("Faktura @ID@ (dato @DATE@, sum @SUMTOTAL@)", v))
                .isEqualTo("Faktura 98765 (dato 01.02.2026, sum 1\u00a0247,50)");
        assertThat(SpecialFields.render("@SUBJECTWITHPERIOD@", v)).isEqualTo("Super (02 2026)");
        assertThat(SpecialFields.render("@PERIOD@ @CID@ @OURREF@/@YOURREF@ @TAXSUMTOTAL@ @CURRENCY@", v))
                .isEqualTo("02 2026 12345 Ola/Kari 249,50 NOK");
    }

    @Test
    void monthsFollowTheLanguageOrTheOneNamed() {
        LocalDate january = LocalDate.of(2026, 1, 15);
        assertThat(SpecialFields.render("@MONTHSTRING@ @MONTHNEXTSTRINGLOWER@ @MONTHPREVSTRING@ @YEARMONTHPREV@",
                values("nb", january))).isEqualTo("Januar februar Desember 2025");
        assertThat(SpecialFields.render("@MONTHSTRING@ @MONTHNEXTSTRING@", values("da", LocalDate.of(2026, 2, 1))))
                .isEqualTo("Februar Marts");
        assertThat(SpecialFields.render("@MONTHSTRING@ @MONTHSTRINGNO@ @MONTHSTRINGENLOWER@ @SUMTOTAL@",
                values("en", LocalDate.of(2026, 5, 1)))).isEqualTo("May Mai may 1,247.50");
        assertThat(SpecialFields.render("@MONTH@/@MONTHD2@/@MONTHNEXTD2@ @YEARNEXT@ @YEARMONTHNEXT@",
                values("nb", LocalDate.of(2026, 12, 1)))).isEqualTo("12/12/01 2027 2027");
    }

    @Test
    void unknownFieldsStayAsWrittenAndAreReported() {
        FieldValues v = values("nb", LocalDate.of(2026, 2, 1));
        assertThat(SpecialFields.render("Hei @NAVN@, faktura @ID@ e-post a@b.no", v))
                .isEqualTo("Hei @NAVN@, faktura 98765 e-post a@b.no");
        assertThat(SpecialFields.unknown("Hei @NAVN@ @ID@ @NAVN@ @FOO2@")).containsExactly("@NAVN@", "@FOO2@");
        assertThat(SpecialFields.render("@DELIVERYADDRESS@|@DATEOFDELIVERY@", v)).isEqualTo("|04.02.2026");
    }

    @Test
    void knowsEveryFieldOfSeed003() {
        assertThat(SpecialFields.names()).contains("ID", "INVOICEID", "ORDERID", "SUBJECT", "PERIOD",
                "SUBJECTWITHPERIOD", "SUMTOTAL", "SUMEXCLTAX", "DATE", "DATEDUE", "DATEOFDELIVERY", "CID",
                "ORDERREFERENCE", "COMPANYNAME", "YOURREF", "OURREF", "ACCOUNTNO", "TAXNONE", "TAXLOW", "TAXMEDIUM",
                "TAXHIGH", "TAXSUMTOTAL", "CURRENCY", "INVOICEADDRESS", "DELIVERYADDRESS", "MONTH", "MONTHD2",
                "MONTHSTRING", "MONTHSTRINGLOWER", "MONTHSTRINGNO", "MONTHSTRINGNOLOWER", "MONTHSTRINGEN",
                "MONTHSTRINGENLOWER", "YEAR", "MONTHNEXT", "MONTHNEXTD2", "MONTHNEXTSTRING", "MONTHNEXTSTRINGLOWER",
                "MONTHNEXTSTRINGNO", "MONTHNEXTSTRINGNOLOWER", "MONTHNEXTSTRINGEN", "MONTHNEXTSTRINGENLOWER",
                "YEARMONTHNEXT", "YEARNEXT", "MONTHPREV", "MONTHPREVD2", "MONTHPREVSTRING", "MONTHPREVSTRINGLOWER",
                "MONTHPREVSTRINGNO", "MONTHPREVSTRINGNOLOWER", "MONTHPREVSTRINGEN", "MONTHPREVSTRINGENLOWER",
                "YEARMONTHPREV", "YEARPREV", "PROJECTID", "PROJECTCODE", "PROJECTNAME");
    }

    /** Issue 10: the list shows a subject as the next document would have it, as far as the date tells. */
    @org.junit.jupiter.api.Test
    void aSubjectIsShownWithItsCalendarFieldsFilledInAndTheOthersLeftAsWritten() {
        assertThat(SpecialFields.renderCalendar("Lisens @MONTHSTRING@ @YEAR@ (@SUMTOTAL@)", LocalDate.of(2027, 1, 1),
                "nb")).isEqualTo("Lisens Januar 2027 (@SUMTOTAL@)");
        assertThat(SpecialFields.renderCalendar("Licence @MONTHNEXTSTRING@", LocalDate.of(2026, 12, 1), "en"))
                .isEqualTo("Licence January");
        assertThat(SpecialFields.renderCalendar("Lisens @MONTHSTRING@", null, "nb")).isEqualTo("Lisens @MONTHSTRING@");
    }
}
