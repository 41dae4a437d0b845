package no.takt.payments.core;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A small read-only XML tree with the line each element starts on, so a bank file's problem can name
 * its line. No DTDs, no external entities.
 */
record Xml(String name, String namespace, int line, List<Xml> children, StringBuilder content,
           java.util.Map<String, String> attributes) {

    static Xml parse(byte[] content) {
        try {
            SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            Builder builder = new Builder();
            factory.newSAXParser().parse(new ByteArrayInputStream(content), builder);
            return builder.root;
        } catch (SAXParseException e) {
            throw new BankFileException(e.getLineNumber(), "error.bank-file.bad-xml", e.getMessage());
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw new BankFileException(0, "error.bank-file.bad-xml", e.getMessage());
        }
    }

    String text() {
        return content.toString().strip();
    }

    /** The first child of this name, if any. */
    Optional<Xml> child(String childName) {
        return children.stream().filter(c -> c.name.equals(childName)).findFirst();
    }

    List<Xml> all(String childName) {
        return children.stream().filter(c -> c.name.equals(childName)).toList();
    }

    /** The element at this path of child names, if there is one. */
    Optional<Xml> at(String... path) {
        Optional<Xml> at = Optional.of(this);
        for (String step : path) {
            at = at.flatMap(x -> x.child(step));
        }
        return at;
    }

    /** The text at this path, or null. */
    String textAt(String... path) {
        return at(path).map(Xml::text).filter(t -> !t.isEmpty()).orElse(null);
    }

    private static final class Builder extends DefaultHandler {
        private final Deque<Xml> open = new ArrayDeque<>();
        private Locator locator;
        private Xml root;

        @Override
        public void setDocumentLocator(Locator documentLocator) {
            this.locator = documentLocator;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attrs) {
            java.util.Map<String, String> attributes = new java.util.HashMap<>();
            for (int i = 0; i < attrs.getLength(); i++) {
                attributes.put(attrs.getLocalName(i), attrs.getValue(i));
            }
            Xml element = new Xml(localName, uri, locator == null ? 0 : locator.getLineNumber(), new ArrayList<>(),
                    new StringBuilder(), attributes);
            if (open.isEmpty()) {
                root = element;
            } else {
                open.peek().children.add(element);
            }
            open.push(element);
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            open.pop();
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (!open.isEmpty()) {
                open.peek().content.append(ch, start, length);
            }
        }
    }
}
