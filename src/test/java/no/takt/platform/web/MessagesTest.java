package no.takt.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text of the UI exists in English, Norwegian and Danish, and every key a page asks for exists. */
class MessagesTest {

    private static final Pattern KEY = Pattern.compile("#\\{([a-zA-Z0-9.\\-]+)[}(]");

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void theThreeLanguagesHaveTheSameKeys() throws IOException {
        Set<Object> english = bundle("messages.properties").keySet();
        assertThat(bundle("messages_nb.properties").keySet()).containsExactlyInAnyOrderElementsOf(english);
        assertThat(bundle("messages_da.properties").keySet()).containsExactlyInAnyOrderElementsOf(english);
    }

    @Test
    void everyKeyATemplateNamesExists() throws IOException {
        Properties english = bundle("messages.properties");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Matcher m = KEY.matcher(Files.readString(file));
                while (m.find()) {
                    if (!english.containsKey(m.group(1))) {
                        missing.add(file.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }
}
