package no.takt.payments.core;

/**
 * A bank file that cannot be applied, with the line it fails at (0: the file as a whole) and the
 * reason as a message key with its arguments (the web layer says it in the user's language).
 */
public class BankFileException extends RuntimeException {

    private final int line;
    private final String reason;
    private final transient Object[] arguments;

    public BankFileException(int line, String reason, Object... arguments) {
        super("line " + line + ": " + reason + " " + java.util.Arrays.toString(arguments));
        this.line = line;
        this.reason = reason;
        this.arguments = arguments.clone();
    }

    public int line() {
        return line;
    }

    public String reason() {
        return reason;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
