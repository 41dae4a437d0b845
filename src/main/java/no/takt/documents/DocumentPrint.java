package no.takt.documents;

import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.util.HashMap;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import no.takt.documents.Document;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Prints a document: the HTML of template {@code print/document} in the document's language, and
 * the same HTML as PDF (openhtmltopdf, with the DejaVu fonts embedded, so its text can be read
 * back and looks the same everywhere). A preview is marked as one on every page.
 */
@Component
public class DocumentPrint {

    private static final String FONT = "DejaVu Sans";
    private static final Map<String, FontFile> FONTS = Map.of(
            "DejaVuSans.ttf", new FontFile(FONT, 400, false),
            "DejaVuSans-Bold.ttf", new FontFile(FONT, 700, false),
            "DejaVuSans-Oblique.ttf", new FontFile(FONT, 400, true),
            "DejaVuSans-BoldOblique.ttf", new FontFile(FONT, 700, true),
            "DejaVuSansMono.ttf", new FontFile("DejaVu Sans Mono", 400, false));

    private record FontFile(String family, int weight, boolean italic) {
    }

    static {
        // openhtmltopdf says at INFO each time it loads a font into a document: once or more per PDF
        com.openhtmltopdf.util.XRLog.setLevel(com.openhtmltopdf.util.XRLog.LOAD, java.util.logging.Level.WARNING);
    }

    private final ITemplateEngine templates;
    private final EhfValidator validator;

    DocumentPrint(ITemplateEngine templates, EhfValidator validator) {
        this.templates = templates;
        this.validator = validator;
    }

    /** The document as EHF (invoices and credit notes), with the organisation facts it was issued with. */
    public byte[] ehf(Document document) {
        return Ehf.of(document, document.print().issuer());
    }

    /** The PEPPOL rules' verdict on a document's EHF. */
    public EhfValidator.Result validate(byte[] ehf, Document document) {
        return validator.validate(ehf, document.type() == Document.Type.CREDIT_NOTE);
    }

    public String html(Document document, boolean preview) {
        Context context = new Context(Locale.forLanguageTag(document.texts().language() == null ? "nb" : document.texts().language()));
        context.setVariable("d", document);
        context.setVariable("org", document.print().issuer());
        context.setVariable("giro", Giro.of(document));
        context.setVariable("preview", preview);
        return templates.process("print/document", context);
    }

    public byte[] pdf(Document document, boolean preview) {
        return pdf(html(document, preview));
    }

    /**
     * Renders the page into a document with fonts parsed before (issue 14: parsing the TrueType files
     * took a third of every PDF). A parsed font set is not safe to share between threads at once, so
     * each rendering borrows one from a small pool (at most two a core are kept) and gives it back.
     */
    static byte[] pdf(String html) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Map<String, TrueTypeFont> fonts = borrowFonts();
        try (PDDocument document = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder().useFastMode().withW3cDocument(dom(html), null)
                    .usePDDocument(document).toStream(out);
            for (Map.Entry<String, FontFile> f : FONTS.entrySet()) {
                FontFile font = f.getValue();
                builder.useFont(new Lazy(document, fonts.get(f.getKey())), font.family(), font.weight(),
                        font.italic() ? PdfRendererBuilder.FontStyle.ITALIC : PdfRendererBuilder.FontStyle.NORMAL, true);
            }
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (PARSED.size() < 2 * Runtime.getRuntime().availableProcessors()) {
                PARSED.offer(fonts);
            }
        }
        return out.toByteArray();
    }

    /**
     * A font added to the document when the page first uses it: an invoice uses three of the five
     * (regular, bold and the giro's monospace; no italics), and each one added is subset when the
     * PDF is saved.
     */
    private static final class Lazy extends PDFontSupplier {
        private final PDDocument document;
        private final TrueTypeFont font;
        private PDType0Font loaded;

        Lazy(PDDocument document, TrueTypeFont font) {
            super(null);
            this.document = document;
            this.font = font;
        }

        @Override
        public PDType0Font supply() {
            if (loaded == null) {
                try {
                    loaded = PDType0Font.load(document, font, true);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return loaded;
        }
    }

    /** One XML parser a thread (the page is XHTML, as Thymeleaf writes it; no DTD, no external entities). */
    private static final ThreadLocal<javax.xml.parsers.DocumentBuilder> PARSER = ThreadLocal.withInitial(() -> {
        try {
            var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(javax.xml.XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder();
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    });

    /** The page as a DOM, parsed directly (openhtmltopdf's own loading goes through an identity transform). */
    private static org.w3c.dom.Document dom(String html) throws IOException {
        try {
            return PARSER.get().parse(new org.xml.sax.InputSource(new java.io.StringReader(html)));
        } catch (org.xml.sax.SAXException e) {
            throw new IOException(e);
        }
    }

    private static final java.util.Queue<Map<String, TrueTypeFont>> PARSED =
            new java.util.concurrent.ConcurrentLinkedQueue<>();

    private static Map<String, TrueTypeFont> borrowFonts() {
        Map<String, TrueTypeFont> fonts = PARSED.poll();
        if (fonts != null) {
            return fonts;
        }
        Map<String, TrueTypeFont> parsed = new HashMap<>();
        for (String file : FONTS.keySet()) {
            try {
                parsed.put(file, new TTFParser().parse(new RandomAccessReadBuffer(fontBytes(file))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return parsed;
    }

    /** The font files, read from the class path once (issue 14: each PDF read and unpacked them again). */
    private static final Map<String, byte[]> FONT_BYTES = new java.util.concurrent.ConcurrentHashMap<>();

    private static byte[] fontBytes(String file) {
        return FONT_BYTES.computeIfAbsent(file, f -> {
            try (InputStream in = new ClassPathResource("fonts/" + f).getInputStream()) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
