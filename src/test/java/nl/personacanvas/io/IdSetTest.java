package nl.personacanvas.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IdSetTest {

    @Test
    void saysWhetherAnIdIsNewAsAHashSetWould() {
        IdSet ids = new IdSet(4);
        Set<String> reference = new HashSet<>();
        Random random = new Random(7);
        // Far more ids than it was sized for, so it grows several times; many repeats and look-alike ids.
        for (int i = 0; i < 50_000; i++) {
            String id = "p" + random.nextInt(300) + "-" + random.nextInt(4) + "-" + random.nextInt(30);
            assertThat(ids.add(id)).as(id).isEqualTo(reference.add(id));
        }
    }

    @Test
    void idsWithTheSameHashCodeStayApart() {
        IdSet ids = new IdSet(16);
        // "Aa" and "BB" have the same String.hashCode.
        assertThat(ids.add("Aa")).isTrue();
        assertThat(ids.add("BB")).isTrue();
        assertThat(ids.add("Aa")).isFalse();
        assertThat(ids.add("BB")).isFalse();
    }
}
