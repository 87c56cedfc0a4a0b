package nl.personacanvas.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WordSlotsTest {
    private static final TextAnalyzer analyzer = CheckFixture.LEXICONS.analyzer;

    @Test
    void eachDistinctWordHasItsOwnNumber() {
        List<Word> words = analyzer.analyze("Begeleidt studenten bij een stage in Duitsland en begeleidt ouders")
                .words();
        assertThat(words.get(0)).isSameAs(words.get(8));
        assertThat(words.stream().map(Word::number).distinct().count()).isEqualTo(9);
    }

    @Test
    void keepsWhatItComputedPerWordAndGrowsWithNewWords() {
        AtomicInteger computed = new AtomicInteger();
        WordSlots<String> slots = new WordSlots<>(w -> {
            computed.incrementAndGet();
            return w.surface().toUpperCase(java.util.Locale.ROOT);
        });
        List<Word> words = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            words.addAll(analyzer.analyze("woordje" + i + " in het gastland").words());
        }
        for (Word w : words) {
            assertThat(slots.of(w)).isEqualTo(w.surface().toUpperCase(java.util.Locale.ROOT));
        }
        int first = computed.get();
        for (Word w : words) {
            slots.of(w);
        }
        assertThat(first).isEqualTo(words.stream().map(Word::number).distinct().count());
        assertThat(computed.get()).isEqualTo(first);
    }

    @Test
    void threadsRacingOnNewWordsGetTheSameValues() throws InterruptedException {
        WordSlots<String> slots = new WordSlots<>(Word::surface);
        List<Word> words = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            words.addAll(analyzer.analyze("racewoord" + i).words());
        }
        List<String> wrong = java.util.Collections.synchronizedList(new ArrayList<>());
        Runnable read = () -> {
            for (Word w : words) {
                if (!slots.of(w).equals(w.surface())) {
                    wrong.add(w.surface());
                }
            }
        };
        Thread other = new Thread(read);
        other.start();
        read.run();
        other.join();
        assertThat(wrong).isEmpty();
    }
}
