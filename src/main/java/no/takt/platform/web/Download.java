package no.takt.platform.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A file in a response, under a name that says what it is: shown in the browser, or saved. */
public final class Download {

    private Download() {
    }

    /** Shown in the browser (a PDF opens in a tab). */
    public static ResponseEntity.BodyBuilder inline(MediaType type, String fileName) {
        return file(type, ContentDisposition.inline().filename(fileName).build());
    }

    /** Saved as a file. */
    public static ResponseEntity.BodyBuilder attachment(MediaType type, String fileName) {
        return file(type, ContentDisposition.attachment().filename(fileName).build());
    }

    private static ResponseEntity.BodyBuilder file(MediaType type, ContentDisposition disposition) {
        return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString());
    }
}
