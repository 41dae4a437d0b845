package no.takt.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import no.takt.platform.Address;
import no.takt.platform.errors.ConflictException;
import no.takt.platform.errors.Problems;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import tools.jackson.databind.json.JsonMapper;

class FormsTest {

    record Input(@NotBlank String name, @PositiveOrZero BigDecimal price, Boolean active, List<Long> groupIds,
                 Address address) {
    }

    record Line(@NotBlank String name, BigDecimal quantity) {
    }

    record Order(String subject, @jakarta.validation.Valid List<Line> lines) {
    }

    private final StaticMessageSource messages = new StaticMessageSource();
    private final Forms forms;

    FormsTest() {
        messages.addMessage("error.invalid-format", java.util.Locale.getDefault(), "bad format");
        messages.addMessage("error.duplicate", java.util.Locale.getDefault(), "{0} is taken");
        messages.setUseCodeAsDefaultMessage(true);
        JsonMapper json = JsonMapper.builder().build();
        forms = new Forms(json, Validation.buildDefaultValidatorFactory().getValidator(), new Problems(messages, json));
    }

    private static MultiValueMap<String, String> post(String... pairs) {
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            params.add(pairs[i], pairs[i + 1]);
        }
        return params;
    }

    @Test
    void bindsNestedFieldsCheckboxesAndMultiSelectsToTheInputRecord() {
        AtomicReference<Input> bound = new AtomicReference<>();
        String view = forms.submit(post("name", " Fjord ", "price", "12.50", "_active", "false", "groupIds", "3",
                        "groupIds", "4", "_groupIds", "[]", "address.city", "Oslo", "address.postcode", "", "_csrf", "x"),
                Input.class, new ExtendedModelMap(), "form", input -> {
                    bound.set(input);
                    return "redirect:/done";
                });
        assertThat(view).isEqualTo("redirect:/done");
        assertThat(bound.get()).isEqualTo(new Input("Fjord", new BigDecimal("12.50"), false, List.of(3L, 4L),
                new Address(null, null, "Oslo", null)));
    }

    @Test
    void anUntickedBoxIsFalseAndAnEmptyMultiSelectIsEmpty() {
        AtomicReference<Input> bound = new AtomicReference<>();
        forms.submit(post("name", "X", "_active", "false", "_groupIds", "[]"), Input.class, new ExtendedModelMap(),
                "form", input -> {
                    bound.set(input);
                    return "ok";
                });
        assertThat(bound.get().active()).isFalse();
        assertThat(bound.get().groupIds()).isEmpty();
    }

    @Test
    void showsTheFormAgainWithTheTypedValuesAndAMessagePerField() {
        ExtendedModelMap model = new ExtendedModelMap();
        String view = forms.submit(post("name", "", "price", "-1"), Input.class, model, "form", input -> "never");
        assertThat(view).isEqualTo("form");
        assertThat(errors(model)).containsOnlyKeys("name", "price");
        assertThat(values(model)).containsEntry("price", "-1");

        ExtendedModelMap typo = new ExtendedModelMap();
        forms.submit(post("name", "X", "price", "twelve"), Input.class, typo, "form", input -> "never");
        assertThat(errors(typo)).containsEntry("price", "bad format");
        assertThat(values(typo)).containsEntry("price", "twelve");
    }

    @Test
    void putsTheServicesFieldProblemsAtTheirFields() {
        ExtendedModelMap model = new ExtendedModelMap();
        forms.submit(post("name", "Dup"), Input.class, model, "form", input -> {
            throw ConflictException.field("name", "error.duplicate", "Dup");
        });
        assertThat(errors(model)).containsEntry("name", "Dup is taken");
    }

    @Test
    void fillsAnEditFormFromAnEntityAsText() {
        ExtendedModelMap model = new ExtendedModelMap();
        forms.fill(model, new Input("Fjord", new BigDecimal("499.00"), true, List.of(7L),
                new Address("Gate 1", "0150", "Oslo", "NO")));
        assertThat(values(model)).containsEntry("name", "Fjord").containsEntry("price", "499.00")
                .containsEntry("active", "true").containsEntry("groupIds", List.of("7"))
                .containsEntry("address.city", "Oslo");
    }

    @Test
    void bindsIndexedRowsToAListInIndexOrderClosingGapsAndPutsTheirProblemsAtTheRow() {
        AtomicReference<Order> bound = new AtomicReference<>();
        ExtendedModelMap first = new ExtendedModelMap();
        forms.submit(post("subject", "S", "lines[2].name", "C", "lines[0].name", "A", "lines[0].quantity", "1.5",
                "lines[2].quantity", "3"), Order.class, first, "form", input -> {
                    bound.set(input);
                    return "ok";
                });
        assertThat(errors(first)).isNull();
        assertThat(bound.get()).isEqualTo(new Order("S", List.of(new Line("A", new BigDecimal("1.5")),
                new Line("C", new BigDecimal("3")))));

        ExtendedModelMap model = new ExtendedModelMap();
        forms.submit(post("lines[0].name", "A", "lines[1].name", "", "lines[1].quantity", "x"), Order.class, model,
                "form", input -> "never");
        assertThat(errors(model)).containsOnlyKeys("lines[1].quantity", "lines[1].name");
        ExtendedModelMap blank = new ExtendedModelMap();
        forms.submit(post("lines[0].name", "A", "lines[1].name", ""), Order.class, blank, "form", input -> "never");
        assertThat(errors(blank)).containsOnlyKeys("lines[1].name");

        ExtendedModelMap filled = new ExtendedModelMap();
        forms.fill(filled, new Order("S", List.of(new Line("A", BigDecimal.ONE), new Line("B", BigDecimal.TEN))));
        assertThat(values(filled)).containsEntry("lines[1].name", "B").containsEntry("lines[0].quantity", "1.00");
    }

    /** Issue 10: a number-format error hides no other error; every field's is shown at once. */
    @Test
    void everyFieldsErrorIsShownAtOnceAValueOfTheWrongTypeHidesNoOther() {
        record Product(@NotBlank String name, BigDecimal unitPrice, BigDecimal costPrice,
                       @PositiveOrZero Integer stock) {
        }
        ExtendedModelMap model = new ExtendedModelMap();
        forms.submit(post("name", "", "unitPrice", "tusen", "costPrice", "12,5,0", "stock", "-3"), Product.class, model,
                "form", input -> "never");
        assertThat(errors(model)).containsOnlyKeys("name", "unitPrice", "costPrice", "stock");
        assertThat(values(model)).containsEntry("unitPrice", "tusen").containsEntry("costPrice", "12,5,0");
    }

    /** Issue 10: decimals as typed in the user's language, and edit forms filled the same way. */
    @Test
    void decimalsAreReadAndWrittenInTheUsersLanguage() {
        record Price(BigDecimal unitPrice, String name) {
        }
        java.util.Locale before = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        try {
            org.springframework.context.i18n.LocaleContextHolder.setLocale(java.util.Locale.forLanguageTag("nb"));
            AtomicReference<Price> bound = new AtomicReference<>();
            forms.submit(post("unitPrice", "1\u00a0500,50", "name", "1,5"), Price.class, new ExtendedModelMap(), "form",
                    input -> {
                        bound.set(input);
                        return "ok";
                    });
            assertThat(bound.get()).isEqualTo(new Price(new BigDecimal("1500.50"), "1,5"));
            ExtendedModelMap filled = new ExtendedModelMap();
            forms.fill(filled, new Price(new BigDecimal("1500.00"), "x"));
            assertThat(values(filled)).containsEntry("unitPrice", "1500,00");

            org.springframework.context.i18n.LocaleContextHolder.setLocale(java.util.Locale.ENGLISH);
            forms.submit(post("unitPrice", "1,500.50"), Price.class, new ExtendedModelMap(), "form", input -> {
                bound.set(input);
                return "ok";
            });
            assertThat(bound.get().unitPrice()).isEqualByComparingTo("1500.50");
        } finally {
            org.springframework.context.i18n.LocaleContextHolder.setLocale(before);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> errors(ExtendedModelMap model) {
        return (Map<String, String>) model.get("errors");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> values(ExtendedModelMap model) {
        return (Map<String, Object>) model.get("values");
    }
}
