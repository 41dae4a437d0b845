package no.takt.payments.core;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.takt.documents.core.Kid;

/**
 * What a payment refers to, in the order it is matched by (PRODUCT.md §7): its KID, when the check
 * digit holds (MOD10 or MOD11); else a Danish FI payment id (kortart 71: 15 digits, the invoice number
 * and a MOD10 check digit); else invoice numbers named in its free text ("Faktura 10023", "inv. 10023",
 * "fakturanr: 10023") or a free text that is just a number.
 */
public record References(String kid, Long fiInvoiceNumber, List<Long> invoiceNumbers) {

    public static final References NONE = new References(null, null, List.of());

    private static final Pattern FI = Pattern.compile("(?:\\+?71<)?(\\d{15})(?:\\+\\d{8}<)?");
    private static final Pattern NAMED = Pattern.compile(
            "(?iu)(?:faktura|fakturanr|fakt|invoice|inv|regning|fakturanummer)\\.?\\s*(?:nr\\.?|no\\.?|nummer)?\\s*[:#]?\\s*(\\d{1,12})\\b");
    private static final Pattern ONLY_NUMBER = Pattern.compile("\\s*(\\d{1,12})\\s*");

    public static References of(String reference, String freeText) {
        String digits = reference == null ? null : reference.strip();
        if (digits != null && !digits.isEmpty() && Kid.isValid(digits)) {
            Long fi = fi(digits);
            return fi != null ? new References(null, fi, List.of()) : new References(digits, null, List.of());
        }
        Long fi = digits == null ? null : fi(digits);
        if (fi == null && freeText != null) {
            fi = fi(freeText.strip());
        }
        return new References(null, fi, numbers(freeText));
    }

    /**
     * A 15-digit KID that no invoice has may be a Danish FI payment id given without its "+71<":
     * the invoice number it carries, when its MOD10 check digit holds.
     */
    public Long kidAsFi() {
        if (kid == null || kid.length() != 15 || !Kid.mod10(kid.substring(0, 14)).equals(kid.substring(14))) {
            return null;
        }
        return Long.parseLong(kid.substring(0, 14));
    }

    public boolean none() {
        return kid == null && fiInvoiceNumber == null && invoiceNumbers.isEmpty();
    }

    /**
     * A 15-digit FI payment id with its MOD10 check digit: the invoice number it carries. A KID of
     * 15 digits passes the same check; an FI id is told apart by its form "+71<…" only, so a bare
     * 15-digit number is read as a KID first and as an FI id when no invoice has that KID.
     */
    static Long fi(String text) {
        Matcher m = FI.matcher(text);
        if (!m.matches() || !text.contains("71<")) {
            return null;
        }
        String id = m.group(1);
        return Kid.mod10(id.substring(0, 14)).equals(id.substring(14)) ? Long.parseLong(id.substring(0, 14)) : null;
    }

    /** Invoice numbers named in free text, in the order they appear. */
    static List<Long> numbers(String freeText) {
        if (freeText == null) {
            return List.of();
        }
        Set<Long> numbers = new LinkedHashSet<>();
        Matcher only = ONLY_NUMBER.matcher(freeText);
        if (only.matches()) {
            numbers.add(Long.parseLong(only.group(1)));
        }
        Matcher named = NAMED.matcher(freeText);
        while (named.find()) {
            numbers.add(Long.parseLong(named.group(1)));
        }
        return new ArrayList<>(numbers);
    }
}
