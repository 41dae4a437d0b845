package no.takt.documents;

import java.util.Map;
import no.takt.catalog.RateClass;
import no.takt.documents.core.Kid;

/**
 * A document before it has a number: the document with its texts still as templates, and what
 * finishing it needs (KID, payment info, special fields). The billing run drafts them; issuing
 * numbers and stores them.
 */
public record Draft(Document document, Finishing finishing) {

    /**
     * What turns a draft into the numbered document: the KID and payment info, the period appended,
     * the project's fields, and the rate class of each VAT code (for the VAT base fields), as stored
     * with the codes when the draft was made.
     */
    public record Finishing(boolean useKid, String kidFormat, Kid.Algorithm kidAlgorithm, String paymentInfoFormat,
                            boolean appendPeriodToSubject, boolean appendPeriodToOrderText, String projectId,
                            String projectCode, String projectName, Map<String, RateClass> rateClasses) {

        /** No KID, no payment info, nothing appended. */
        public static final Finishing NONE = new Finishing(false, null, null, null, false, false, null, null, null,
                Map.of());

        /** The same, without appending the period again (to texts that have it already). */
        Finishing withoutPeriod() {
            return new Finishing(useKid, kidFormat, kidAlgorithm, paymentInfoFormat, false, false, projectId,
                    projectCode, projectName, rateClasses);
        }
    }

    /** The document as it would be issued, not numbered (a preview, a forecast): no KID or payment info either. */
    public Document unnumbered() {
        return DocumentFinisher.unnumbered(this);
    }
}
