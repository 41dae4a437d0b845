package no.takt.subscriptions;

import no.takt.documents.core.Layout;
import no.takt.documents.core.Kid;
import no.takt.documents.core.AddressRules;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import no.takt.money.CashRounding;
import no.takt.platform.validation.CurrencyCode;
import no.takt.platform.validation.LanguageCode;

/**
 * A subscription's order basis (ordregrunnlag) and settings (fanekort "Abonnement"), as created or
 * replaced. Fields left out get the defaults of {@link #withDefaults()}. {@code cc} and {@code bcc}
 * are comma-separated e-mail addresses.
 */
public record SubscriptionInput(
        @NotBlank @Size(max = 200) String subject,
        Boolean template,
        Long frequencyId,
        Long ourReferenceId,
        Long sellerId,
        @Size(max = 50) String projectId,
        @Size(max = 50) String projectCode,
        @Size(max = 200) String projectName,
        @Size(max = 200) String reseller,
        @Size(max = 50) String resellerCode,
        @Size(max = 200) String campaign,
        @Size(max = 50) String campaignCode,
        Long bankAccountId,
        Layout.LineDetail lineDetail,
        @Size(max = 200) String referenceText,
        Settings.VatMode vatMode,
        CashRounding cashRounding,
        @LanguageCode String language,
        @Size(max = 50) String font,
        @CurrencyCode String currency,
        Boolean attachSalesConditions,
        Long paymentTermsId,
        Long freightTermsId,
        @Size(max = 4000) String orderText,
        Settings.ProcessingStep processingStep,
        AddressRules.InvoiceAddressFormat invoiceAddressFormat,
        AddressRules.DeliveryAddressFormat deliveryAddressFormat,
        Layout.GiroFormat domesticGiroFormat,
        Layout.GiroFormat foreignGiroFormat,
        Settings.ProrationMode prorationMode,
        @Min(0) @Max(365) Integer creditDays,
        @Min(0) @Max(365) Integer deliveryDateDays,
        @Min(1) @Max(366) Integer minimumInvoiceDays,
        @Valid DiscountExpiry specialDiscountExpiry,
        Boolean appendPeriodToSubject,
        Boolean appendPeriodToOrderText,
        Boolean updateStock,
        Boolean sameCustomerMoreThanOnce,
        Boolean sendByEmail,
        @Size(max = 500) String emailSubject,
        @Size(max = 4000) String emailText,
        @Email(regexp = ".+@.+\\..+") @Size(max = 254) String senderEmail,
        @Size(max = 200) String senderName,
        @Size(max = 1000) @Pattern(regexp = EMAILS, message = "{takt.validation.emails}") String cc,
        @Size(max = 1000) @Pattern(regexp = EMAILS, message = "{takt.validation.emails}") String bcc,
        Boolean useKid,
        @Size(max = 25) String kidFormat,
        Kid.Algorithm kidAlgorithm,
        @Size(max = 200) String paymentInfoFormat,
        @Valid EndCriterion endCriterion,
        @Size(max = 4000) String internalNote,
        Integer version) {

    /** Comma- or semicolon-separated e-mail addresses. */
    static final String EMAILS = "\\s*[^@\\s,;]+@[^@\\s,;]+\\.[^@\\s,;]+(\\s*[,;]\\s*[^@\\s,;]+@[^@\\s,;]+\\.[^@\\s,;]+)*\\s*";

    /** A subscription with only a subject; {@link #withDefaults()} fills in the rest. */
    public static SubscriptionInput named(String subject) {
        return new SubscriptionInput(subject, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null);
    }

    /** The input with every choice not made set to Takt's default. */
    public SubscriptionInput withDefaults() {
        return new SubscriptionInput(subject.trim(), bool(template, false), frequencyId, ourReferenceId, sellerId,
                projectId, projectCode, projectName, reseller, resellerCode, campaign, campaignCode, bankAccountId,
                or(lineDetail, Layout.LineDetail.FULL), referenceText, or(vatMode, Settings.VatMode.LINES),
                or(cashRounding, CashRounding.NONE), or(language, "nb"), font, or(currency, "NOK"),
                bool(attachSalesConditions, false), paymentTermsId, freightTermsId, orderText,
                or(processingStep, Settings.ProcessingStep.INVOICE),
                or(invoiceAddressFormat, AddressRules.InvoiceAddressFormat.REQUIRED),
                or(deliveryAddressFormat, AddressRules.DeliveryAddressFormat.IF_PRESENT_DELIVERY_OR_INVOICE),
                or(domesticGiroFormat, Layout.GiroFormat.NORWEGIAN_GIRO), or(foreignGiroFormat, Layout.GiroFormat.IBAN),
                or(prorationMode, Settings.ProrationMode.ADJUST_QUANTITY), or(creditDays, 14), deliveryDateDays,
                minimumInvoiceDays, or(specialDiscountExpiry, DiscountExpiry.NEVER), bool(appendPeriodToSubject, false),
                bool(appendPeriodToOrderText, false), bool(updateStock, false), bool(sameCustomerMoreThanOnce, false),
                bool(sendByEmail, false), emailSubject, emailText, senderEmail, senderName, cc, bcc, bool(useKid, false),
                kidFormat, or(kidAlgorithm, Kid.Algorithm.MOD10), paymentInfoFormat,
                or(endCriterion, EndCriterion.FREQUENCY), internalNote, version);
    }

    /** A copy with another subject and version, for copies of subscriptions. */
    SubscriptionInput withSubject(String newSubject, boolean asTemplate) {
        return new SubscriptionInput(newSubject, asTemplate, frequencyId, ourReferenceId, sellerId, projectId,
                projectCode, projectName, reseller, resellerCode, campaign, campaignCode, bankAccountId, lineDetail,
                referenceText, vatMode, cashRounding, language, font, currency, attachSalesConditions, paymentTermsId,
                freightTermsId, orderText, processingStep, invoiceAddressFormat, deliveryAddressFormat,
                domesticGiroFormat, foreignGiroFormat, prorationMode, creditDays, deliveryDateDays, minimumInvoiceDays,
                specialDiscountExpiry, appendPeriodToSubject, appendPeriodToOrderText, updateStock,
                sameCustomerMoreThanOnce, sendByEmail, emailSubject, emailText, senderEmail, senderName, cc, bcc,
                useKid, kidFormat, kidAlgorithm, paymentInfoFormat, endCriterion, internalNote, null);
    }

    private static <T> T or(T value, T fallback) {
        return value == null ? fallback : value;
    }

    private static boolean bool(Boolean value, boolean fallback) {
        return value == null ? fallback : value;
    }
}
