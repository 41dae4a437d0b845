package no.takt.payments.web;

/** CSV cells as spreadsheets read them: semicolon-separated, text quoted when it needs to be. */
final class Csv {

    private Csv() {
    }

    static String text(String value) {
        if (value == null) {
            return "";
        }
        String safe = value.startsWith("=") || value.startsWith("+") || value.startsWith("-") || value.startsWith("@")
                ? "'" + value : value;
        return safe.contains(";") || safe.contains("\"") || safe.contains("\n")
                ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
