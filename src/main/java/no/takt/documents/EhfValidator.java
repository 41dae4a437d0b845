package no.takt.documents;

import com.helger.diagnostics.error.IError;
import com.helger.phive.api.execute.ValidationExecutionManager;
import com.helger.phive.api.executorset.IValidationExecutorSet;
import com.helger.phive.api.executorset.ValidationExecutorSetRegistry;
import com.helger.phive.api.result.ValidationResultList;
import com.helger.phive.api.validity.IValidityDeterminator;
import com.helger.phive.peppol.PeppolValidation2026_05;
import com.helger.phive.xml.source.IValidationSourceXML;
import com.helger.phive.xml.source.ValidationSourceXML;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.springframework.stereotype.Component;

/**
 * Validates EHF (PEPPOL BIS Billing 3.0) invoices and credit notes with the official rules: the UBL
 * schema, EN 16931 and the PEPPOL rules including the Norwegian (NO-R-*) and Danish (DK-R-*) ones,
 * as phive-rules-peppol packages them (the May 2026 release, in force since then).
 */
@Component
public class EhfValidator {

    /** The outcome: no errors means the file may be released; warnings are shown. */
    public record Result(List<String> errors, List<String> warnings) {
        public boolean valid() {
            return errors.isEmpty();
        }
    }

    private final ValidationExecutorSetRegistry<IValidationSourceXML> registry = new ValidationExecutorSetRegistry<>();

    EhfValidator() {
        PeppolValidation2026_05.init(registry);
    }

    public Result validate(byte[] xml, boolean creditNote) {
        IValidationExecutorSet<IValidationSourceXML> rules = registry.getOfID(creditNote
                ? PeppolValidation2026_05.VID_OPENPEPPOL_CREDIT_NOTE_UBL_V3
                : PeppolValidation2026_05.VID_OPENPEPPOL_INVOICE_UBL_V3);
        org.w3c.dom.Document dom;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            dom = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            return new Result(List.of("Not well-formed XML: " + e.getMessage()), List.of());
        }
        ValidationResultList results = ValidationExecutionManager.executeValidation(
                IValidityDeterminator.createDefault(), rules, ValidationSourceXML.create("ehf", dom), Locale.ENGLISH);
        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (IError failure : results.getAllFailures()) {
            String text = (failure.getErrorID() == null ? "" : failure.getErrorID() + ": ")
                    + failure.getErrorText(Locale.ENGLISH);
            (failure.isError() ? errors : warnings).add(text);
        }
        return new Result(errors, warnings);
    }
}
