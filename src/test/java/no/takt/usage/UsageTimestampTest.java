package no.takt.usage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** An event's timestamp read by hand in its usual form is the instant java.time reads, and nothing else is. */
class UsageTimestampTest {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private static OffsetDateTime javaTime(String text) {
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(text).atZone(OSLO).toOffsetDateTime();
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void theUsualFormIsReadAsJavaTimeReadsItAndAnythingElseIsLeftToIt(long seed) {
        Random random = new Random(seed);
        String[] ends = {"", "Z", "+01:00", "-05:30", "+14:00", "+1:00", "+01", "z", "+01:00:00", " ", "+25:00"};
        for (int i = 0; i < 2000; i++) {
            String text = String.format("%04d-%02d-%02dT%02d:%02d:%02d", 1990 + random.nextInt(60),
                    random.nextInt(14), random.nextInt(33), random.nextInt(26), random.nextInt(61), random.nextInt(61))
                    + (random.nextInt(3) == 0 ? "." + "123456789".substring(0, 1 + random.nextInt(9)) : "")
                    + ends[random.nextInt(ends.length)];
            if (random.nextInt(20) == 0) {
                text = text.replace('T', random.nextBoolean() ? ' ' : 't');
            }
            OffsetDateTime usual = UsageEvents.usual(text, OSLO);
            OffsetDateTime expected = javaTime(text.trim());
            if (usual != null) {
                assertThat(usual).as(text).isEqualTo(expected);
            }
            assertThat(UsageEvents.timestamp(text, OSLO)).as(text).isEqualTo(expected);
        }
        // the hand reader takes the usual forms itself
        assertThat(UsageEvents.usual("2026-01-31T23:30:00", OSLO)).isEqualTo(OffsetDateTime.parse("2026-01-31T23:30:00+01:00"));
        assertThat(UsageEvents.usual("2026-07-01T08:00:00.5Z", OSLO)).isEqualTo(OffsetDateTime.parse("2026-07-01T08:00:00.5Z"));
        assertThat(UsageEvents.usual("2026-07-01T08:00:00+02:00", OSLO)).isNotNull();
    }
}
