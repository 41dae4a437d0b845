package no.takt.billing;

import java.util.List;
import no.takt.billing.core.Kid;
import no.takt.subscriptions.SubscriptionInput;

/**
 * A document the run will produce, before it has a number: the document with its texts still as
 * templates, and what finishing it needs (KID, payment info, special fields).
 */
record Draft(Document document, Finishing finishing) {

    /** What turns a draft into the numbered document. */
    record Finishing(boolean useKid, String kidFormat, Kid.Algorithm kidAlgorithm, String paymentInfoFormat,
                     boolean appendPeriodToSubject, boolean appendPeriodToOrderText, String projectId,
                     String projectCode, String projectName) {

        static Finishing of(SubscriptionInput s) {
            return new Finishing(s.useKid(), s.kidFormat(), Kid.Algorithm.valueOf(s.kidAlgorithm().name()),
                    s.paymentInfoFormat(), s.appendPeriodToSubject(), s.appendPeriodToOrderText(), s.projectId(),
                    s.projectCode(), s.projectName());
        }

        /** The same, without appending the period again (to texts that have it already). */
        Finishing withoutPeriod() {
            return new Finishing(useKid, kidFormat, kidAlgorithm, paymentInfoFormat, false, false, projectId,
                    projectCode, projectName);
        }
    }

    static List<Document> documents(List<Draft> drafts) {
        return drafts.stream().map(Draft::document).toList();
    }
}
