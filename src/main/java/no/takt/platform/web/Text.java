package no.takt.platform.web;

/** Text as Takt accepts it from outside: no control characters but tab, line feed and carriage return. */
public final class Text {

    private Text() {
    }

    /**
     * True when the text holds a control character a person cannot type (NUL and the like):
     * PostgreSQL refuses NUL in text, and none belongs on an invoice.
     */
    public static boolean hasControlCharacters(String text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return true;
            }
        }
        return false;
    }
}
