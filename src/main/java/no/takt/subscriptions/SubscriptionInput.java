package no.takt.subscriptions;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import no.takt.documents.core.AddressRules;
import no.takt.documents.core.Kid;
import no.takt.documents.core.Layout;
import no.takt.money.CashRounding;
import no.takt.platform.validation.CurrencyCode;
import no.takt.platform.validation.LanguageCode;

/**
 * A subscription's order basis (ordregrunnlag) and settings (fanekort "Abonnement"), as created or
 * replaced, in the parts seed 003 groups them by. The parts are unwrapped in JSON, so clients send and
 * get one flat object (PRODUCT.md §11 names); problems are reported at those names too. Fields left out
 * get the defaults of {@link #withDefaults()}.
 */
public record SubscriptionInput(@Valid @JsonUnwrapped Basis basis, @Valid @JsonUnwrapped Sales sales,
                                @Valid @JsonUnwrapped Terms terms, @Valid @JsonUnwrapped Print print,
                                @Valid @JsonUnwrapped Billing billing, @Valid @JsonUnwrapped Mail mail,
                                @Valid @JsonUnwrapped PaymentReference payment, Integer version) {

    /** Comma- or semicolon-separated e-mail addresses. */
    static final String EMAILS = "\\s*[^@\\s,;]+@[^@\\s,;]+\\.[^@\\s,;]+(\\s*[,;]\\s*[^@\\s,;]+@[^@\\s,;]+\\.[^@\\s,;]+)*\\s*";

    /** Ordregrunnlag: what it is, how often, who is responsible, and its texts. */
    public record Basis(@NotBlank @Size(max = 200) String subject, Boolean template, Long frequencyId,
                        Long ourReferenceId, Long sellerId, @Size(max = 200) String referenceText,
                        @Size(max = 4000) String orderText, @Size(max = 4000) String internalNote) {

        Basis withDefaults() {
            return new Basis(subject.trim(), bool(template, false), frequencyId, ourReferenceId, sellerId,
                    referenceText, orderText, internalNote);
        }
    }

    /** Project, reseller and campaign, for the accounts and the special fields. */
    public record Sales(@Size(max = 50) String projectId, @Size(max = 50) String projectCode,
                        @Size(max = 200) String projectName, @Size(max = 200) String reseller,
                        @Size(max = 50) String resellerCode, @Size(max = 200) String campaign,
                        @Size(max = 50) String campaignCode) {
        public static final Sales NONE = new Sales(null, null, null, null, null, null, null);
    }

    /** The money terms: account paid to, VAT mode, cash rounding, currency, payment and freight terms, credit days. */
    public record Terms(Long bankAccountId, Settings.VatMode vatMode, CashRounding cashRounding,
                        @CurrencyCode String currency, Long paymentTermsId, Long freightTermsId,
                        @Min(0) @Max(365) Integer creditDays) {
        public static final Terms NONE = new Terms(null, null, null, null, null, null, null);

        Terms withDefaults() {
            return new Terms(bankAccountId, or(vatMode, Settings.VatMode.LINES), or(cashRounding, CashRounding.NONE),
                    or(currency, "NOK"), paymentTermsId, freightTermsId, or(creditDays, 14));
        }
    }

    /** How its documents look: line detail, language, font, addresses, the giro at home and abroad, delivery date. */
    public record Print(Layout.LineDetail lineDetail, @LanguageCode String language, @Size(max = 50) String font,
                        Boolean attachSalesConditions, AddressRules.InvoiceAddressFormat invoiceAddressFormat,
                        AddressRules.DeliveryAddressFormat deliveryAddressFormat,
                        Layout.GiroFormat domesticGiroFormat, Layout.GiroFormat foreignGiroFormat,
                        @Min(0) @Max(365) Integer deliveryDateDays) {
        public static final Print NONE = new Print(null, null, null, null, null, null, null, null, null);

        Print withDefaults() {
            return new Print(or(lineDetail, Layout.LineDetail.FULL), or(language, "nb"), font,
                    bool(attachSalesConditions, false),
                    or(invoiceAddressFormat, AddressRules.InvoiceAddressFormat.REQUIRED),
                    or(deliveryAddressFormat, AddressRules.DeliveryAddressFormat.IF_PRESENT_DELIVERY_OR_INVOICE),
                    or(domesticGiroFormat, Layout.GiroFormat.NORWEGIAN_GIRO), or(foreignGiroFormat,
                    Layout.GiroFormat.IBAN),
                    deliveryDateDays);
        }
    }

    /**
     * How the run bills it: the processing step, periods, discounts, stock, the same customer twice, its
     * end, and usage events that come late: accepted for so many days after their period ends (then
     * corrected on the next document), after that refused or corrected as {@code lateUsage} says.
     */
    public record Billing(Settings.ProcessingStep processingStep, Settings.ProrationMode prorationMode,
                          @Min(1) @Max(366) Integer minimumInvoiceDays, @Valid DiscountExpiry specialDiscountExpiry,
                          Boolean appendPeriodToSubject, Boolean appendPeriodToOrderText, Boolean updateStock,
                          Boolean sameCustomerMoreThanOnce, @Valid EndCriterion endCriterion,
                          @Min(0) @Max(366) Integer usageGraceDays, Settings.LateUsage lateUsage) {
        public static final Billing NONE = new Billing(null, null, null, null, null, null, null, null, null, null,
                null);

        Billing withDefaults() {
            return new Billing(or(processingStep, Settings.ProcessingStep.INVOICE),
                    or(prorationMode, Settings.ProrationMode.ADJUST_QUANTITY), minimumInvoiceDays,
                    or(specialDiscountExpiry, DiscountExpiry.NEVER), bool(appendPeriodToSubject, false),
                    bool(appendPeriodToOrderText, false), bool(updateStock, false),
                    bool(sameCustomerMoreThanOnce, false), or(endCriterion, EndCriterion.FREQUENCY),
                    or(usageGraceDays, 0), or(lateUsage, Settings.LateUsage.REFUSE));
        }
    }

    /**
     * E-mail: whether documents go by mail (by default they do, to customers with an address; the
     * others get paper, those with a Peppol id EHF), its subject and text templates, the sender, copies.
     */
    public record Mail(Boolean sendByEmail, @Size(max = 500) String emailSubject, @Size(max = 4000) String emailText,
                       @Email(regexp = ".+@.+\\..+") @Size(max = 254) String senderEmail,
                       @Size(max = 200) String senderName,
                       @Size(max = 1000) @Pattern(regexp = EMAILS, message = "{takt.validation.emails}") String cc,
                       @Size(max = 1000) @Pattern(regexp = EMAILS, message = "{takt.validation.emails}") String bcc) {
        public static final Mail NONE = new Mail(null, null, null, null, null, null, null);

        Mail withDefaults() {
            return new Mail(bool(sendByEmail, true), emailSubject, emailText, senderEmail, senderName, cc, bcc);
        }
    }

    /** KID and payment info on its invoices. */
    public record PaymentReference(Boolean useKid, @Size(max = 25) String kidFormat, Kid.Algorithm kidAlgorithm,
                                   @Size(max = 200) String paymentInfoFormat) {
        public static final PaymentReference NONE = new PaymentReference(null, null, null, null);

        /** A new subscription's invoices carry a KID (decision 0011): room for 7-digit customer and invoice numbers. */
        public static final String DEFAULT_KID_FORMAT = "ccccccciiiiiii";

        PaymentReference withDefaults() {
            boolean kid = bool(useKid, true);
            return new PaymentReference(kid, kid && kidFormat == null ? DEFAULT_KID_FORMAT : kidFormat,
                    or(kidAlgorithm, Kid.Algorithm.MOD10), paymentInfoFormat);
        }
    }

    /** A subscription with only a subject; {@link #withDefaults()} fills in the rest. */
    public static SubscriptionInput named(String subject) {
        return new SubscriptionInput(new Basis(subject, null, null, null, null, null, null, null), Sales.NONE,
                Terms.NONE, Print.NONE, Billing.NONE, Mail.NONE, PaymentReference.NONE, null);
    }

    /** The input with every choice not made set to Takt's default (a part left out as all defaults). */
    public SubscriptionInput withDefaults() {
        return new SubscriptionInput(basis.withDefaults(), or(sales, Sales.NONE), or(terms, Terms.NONE).withDefaults(),
                or(print, Print.NONE).withDefaults(), or(billing, Billing.NONE).withDefaults(),
                or(mail, Mail.NONE).withDefaults(), or(payment, PaymentReference.NONE).withDefaults(), version);
    }

    /** A copy with another subject, as a template or not, and no version (for copies and templates). */
    SubscriptionInput withSubject(String newSubject, boolean asTemplate) {
        Basis b = new Basis(newSubject, asTemplate, basis.frequencyId(), basis.ourReferenceId(), basis.sellerId(),
                basis.referenceText(), basis.orderText(), basis.internalNote());
        return new SubscriptionInput(b, sales, terms, print, billing, mail, payment, null);
    }

    private static <T> T or(T value, T fallback) {
        return value == null ? fallback : value;
    }

    private static boolean bool(Boolean value, boolean fallback) {
        return value == null ? fallback : value;
    }
}
