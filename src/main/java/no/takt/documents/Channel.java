package no.takt.documents;

/**
 * How a document reaches its customer (PRODUCT.md §6), one rule for the outbox and for every page
 * that says beforehand how it will go: EHF to the customer's Peppol participant id (invoices and
 * credit notes), else e-mail when the subscription or subscriber sends by e-mail and the customer
 * has an address, else on paper by post (printed from the print queue).
 */
public enum Channel {
    EMAIL, EHF, PRINT;

    public static Channel of(Document.Type type, String peppolId, boolean byEmail, String email) {
        if (peppolId != null && !peppolId.isBlank() && Ehf.applies(type)) {
            return EHF;
        }
        if (byEmail && email != null && !email.isBlank()) {
            return EMAIL;
        }
        return PRINT;
    }
}
