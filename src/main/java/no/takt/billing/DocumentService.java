package no.takt.billing;

import java.util.List;
import java.util.function.Consumer;
import no.takt.platform.errors.NotFoundException;
import no.takt.platform.web.Page;
import no.takt.platform.web.PageQuery;
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

    /** Every document of a run, in number order, a page at a time (a run may have very many). */
    public void eachOfRun(long runId, Consumer<List<Document>> page) {
        for (int p = 0; ; p++) {
            Page<Document> documentsOfRun = documents.list(new DocumentRepository.Filter(null, null, null, null, runId,
                    null, null, null), new PageQuery(p, PageQuery.MAX_SIZE, "number", null));
            page.accept(documentsOfRun.items());
            if (p + 1 >= documentsOfRun.totalPages()) {
                return;
            }
        }
    }
}
