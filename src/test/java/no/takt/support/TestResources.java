package no.takt.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Files on the test class path (the reference files under /testdata, our own beside them). */
public final class TestResources {

    private TestResources() {
    }

    public static byte[] bytes(String path) {
        try (InputStream in = TestResources.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
