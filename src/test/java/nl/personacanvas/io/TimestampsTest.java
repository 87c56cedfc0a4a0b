package nl.personacanvas.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimestampsTest {

    @Test
    void readsWhatTheAppWritesAsInstantParseDoes() {
        Random random = new Random(11);
        for (int i = 0; i < 20_000; i++) {
            Instant written = Instant.ofEpochSecond(random.nextLong(-60_000_000_000L, 250_000_000_000L));
            String text = written.toString();
            assertThat(Timestamps.parse(text)).as(text).isEqualTo(Instant.parse(text)).isEqualTo(written);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-01-15T09:00:00.250Z", "2026-06-30T23:59:60Z", "2026-01-15T09:00:00+01:00",
            "+12026-01-15T09:00:00Z", "2026-01-15T24:00:00Z", "2026-01-15T09:00:00z"})
    void otherIsoFormsAreReadByInstantParse(String text) {
        assertThat(Timestamps.parse(text)).isEqualTo(Instant.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-30T09:00:00Z", "2026-13-15T09:00:00Z", "2026-01-15T09:60:00Z",
            "2026-01-1xT09:00:00Z", "2026-01-15 09:00:00Z", "", "yesterday"})
    void whatInstantParseRefusesIsRefused(String text) {
        assertThatThrownBy(() -> Instant.parse(text)).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> Timestamps.parse(text)).isInstanceOf(DateTimeParseException.class);
    }
}
