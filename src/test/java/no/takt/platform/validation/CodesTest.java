package no.takt.platform.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CodesTest {

    @Test
    void peppolIdsNeedSchemeAndIdentifierAndANorwegianNumberUnder0192() {
        assertThat(Codes.isPeppolId("0192:923609016")).isTrue();
        assertThat(Codes.isPeppolId("0192:923609017")).isFalse();
        assertThat(Codes.isPeppolId("0184:DK25313763")).isTrue();
        assertThat(Codes.isPeppolId("0088:5790000435968")).isTrue();
        assertThat(Codes.isPeppolId("923609016")).isFalse();
        assertThat(Codes.isPeppolId("19:923609016")).isFalse();
    }

    @Test
    void knowsCountriesCurrenciesAndTheirDefaults() {
        assertThat(Codes.isCountry("NO")).isTrue();
        assertThat(Codes.isCountry("XX")).isFalse();
        assertThat(Codes.isCurrency("NOK")).isTrue();
        assertThat(Codes.isCurrency("nok")).isFalse();
        assertThat(Codes.isCurrency("XYZ")).isFalse();
        assertThat(Codes.defaultCurrency("DK")).isEqualTo("DKK");
        assertThat(Codes.defaultLanguage("DK")).isEqualTo("da");
        assertThat(Codes.defaultLanguage("SE")).isEqualTo("en");
    }
}
