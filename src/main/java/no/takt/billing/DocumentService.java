package no.takt.billing;

import no.takt.platform.errors.NotFoundException;
import org.springframework.stereotype.Service;

/** The stored documents, for the modules that print and deliver them. */
@Service
public class DocumentService {

    private final DocumentRepository documents;

    DocumentService(DocumentRepository documents) {
        this.documents = documents;
    }

    public Document get(long id) {
        return documents.find(id).orElseThrow(() -> new NotFoundException("document", id));
    }
}
