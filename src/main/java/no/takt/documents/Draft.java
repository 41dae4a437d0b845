package no.takt.documents;

import no.takt.documents.core.Kid;

/**
 * A document before it has a number: the document with its texts still as templates, and what
 * finishing it needs (KID, payment info, special fields). The billing run drafts them; issuing
 * numbers and stores them.
 */
public record Draft(Document document, Finishing finishing) {

    /** What turns a draft into the numbered document. */
    public record Finishing(boolean useKid, String kidFormat, Kid.Algorithm kidAlgorithm, String paymentInfoFormat,
                            boolean appendPeriodToSubject, boolean appendPeriodToOrderText, String projectId,
                            String projectCode, String projectName) {

        /** No KID, no payment info, nothing appended. */
        public static final Finishing NONE = new Finishing(false, null, null, null, false, false, null, null, null);

        /** The same, without appending the period again (to texts that have it already). */
        Finishing withoutPeriod() {
            return new Finishing(useKid, kidFormat, kidAlgorithm, paymentInfoFormat, false, false, projectId,
                    projectCode, projectName);
        }
    }

    /** The document as it would be, not numbered (a preview, a forecast): no KID or payment info either. */
    public Document unnumbered() {
        return DocumentFinisher.unnumbered(this);
    }
}
