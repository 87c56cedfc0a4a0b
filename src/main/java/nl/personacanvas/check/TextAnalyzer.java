package nl.personacanvas.check;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.nl.DutchAnalyzer;

/**
 * Turns a statement into {@link AnalyzedText}. Words are analysed once and cached (a canvas reuses the
 * same few thousand words), so analysing a text costs one tokenisation plus map look-ups. Thread-safe.
 *
 * <p>Normalisation maps a word onto the checker's vocabulary (the stems of its lexicons) when its own
 * Snowball stem is not in it: first by the Dutch inflection rules of {@code inflection-rules.txt}
 * (begeleidt, opdrachtje), then by a small edit distance for typos (feeback), except in a known Dutch word.
 */
final class TextAnalyzer {
    private static final String GAP = "...";
    private static final int PHRASE_GAP = 3;
    private static final int PARTICLE_GAP = 10;
    private static final int RECENT_LIMIT = 8192;
    /** Dutch words the typo step would otherwise correct (lower case, accents folded; see the file's header). */
    static final String DUTCH_WORDS = "dutch-words.txt";
    /** The words compounds are split into (see the file's header). */
    static final String COMPOUND_PARTS = "compound-parts.txt";

    private final WordAnalysis lucene;
    private final CharArraySet stopwords;
    private final Map<String, Word> cache = new ConcurrentHashMap<>();
    /**
     * Per thread, the words it met last, by the token as the tokeniser cut it (before lower-casing and folding):
     * unlike the shared cache it is read with the token's chars, so most tokens need no String and no
     * per-token filters. Bounded; a thread that stops checking drops it with the thread.
     */
    private final ThreadLocal<CharArrayMap<Word>> recent =
            ThreadLocal.withInitial(() -> new CharArrayMap<>(RECENT_LIMIT, false));
    /** A number per stem seen, so lexicon matching compares ints and indexes arrays instead of hashing strings. */
    private final Map<String, Integer> ids = new ConcurrentHashMap<>();
    private final AtomicInteger nextId = new AtomicInteger();
    /** Numbers of the distinct words ({@link Word#number()}): one per entry of {@link #cache}. */
    private final AtomicInteger nextWord = new AtomicInteger();
    private final Vocabulary vocabulary;

    private TextAnalyzer(WordAnalysis lucene, CharArraySet stopwords, Vocabulary vocabulary) {
        this.lucene = lucene;
        this.stopwords = stopwords;
        this.vocabulary = vocabulary;
    }

    /**
     * Builds the analyser; its vocabulary is every stem of {@code lexiconTexts}. The words of
     * {@code plainTexts} (the classifier's examples) are Dutch the checker has seen: they are never taken for
     * a typo of a lexicon word (without them "bereidt" became the "bereik" of bereikbaar), and neither are the
     * Dutch words of {@code dutch-words.txt}, as written.
     */
    static TextAnalyzer create(Collection<String> lexiconTexts, Collection<String> plainTexts) {
        WordAnalysis lucene = new WordAnalysis(ResourceText.lines(COMPOUND_PARTS),
                ResourceText.text("synonyms.txt"));
        CharArraySet stop = new CharArraySet(DutchAnalyzer.getDefaultStopSet(), false);
        stop.removeAll(ResourceText.lines("meaningful-stopwords.txt"));
        List<String> rules = ResourceText.lines("inflection-rules.txt");
        Set<String> dutch = Set.copyOf(ResourceText.lines(DUTCH_WORDS));
        return new TextAnalyzer(lucene, stop,
                new Vocabulary(stems(lexiconTexts, lucene), stems(plainTexts, lucene), dutch, rules, lucene));
    }

    private static Set<String> stems(Collection<String> texts, WordAnalysis lucene) {
        Set<String> stems = new HashSet<>();
        for (String text : texts) {
            for (String w : lucene.words(text.replace(GAP, " "))) {
                stems.addAll(lucene.stems(w));
            }
        }
        return stems;
    }

    AnalyzedText analyze(String text) {
        List<Word> words = words(text);
        int main = Clauses.opensWithClause(words) ? Clauses.mainClause(words, Clauses.commas(text, words))
                : Clauses.afterInvertedCondition(text, words);
        return new AnalyzedText(text, words, main);
    }

    private List<Word> words(String text) {
        CharArrayMap<Word> local = recent.get();
        return lucene.words(text, new WordAnalysis.RawTerms<>() {
            @Override
            public Word of(char[] buffer, int length) {
                return word(local, buffer, length);
            }

            @Override
            public boolean startsSynonym(Word word) {
                return word.synonymStart();
            }

            @Override
            public String surface(Word word) {
                return word.surface();
            }
        }, (buffer, length) -> word(new String(buffer, 0, length)));
    }

    /**
     * Whether the typo step would take {@code word} (as a dictionary writes it) for another word were it not in
     * the Dutch word list: the test {@code dutch-words.txt} is derived by.
     */
    boolean correctedAsTypo(String word) {
        String surface = WordAnalysis.fold(word.toCharArray(), word.length());
        return !stopwords.contains(surface) && vocabulary.correctedAsTypo(surface);
    }

    /** Whether {@code word} (as written, any case) is a Dutch word the checker knows or a stop word. */
    boolean knownWord(String word) {
        String surface = WordAnalysis.fold(word.toCharArray(), word.length());
        return stopwords.contains(surface) || vocabulary.isWord(surface);
    }

    /** A lexicon expression; "..." between words allows a long gap (a separated verb particle). */
    Phrase phrase(String source) {
        boolean particle = source.contains(GAP);
        AnalyzedText analyzed = analyze(source.replace(GAP, " "));
        boolean withStops = analyzed.words().stream().anyMatch(Word::stop);
        List<Word> kept = analyzed.words().stream().filter(w -> withStops || !w.stop()).toList();
        return new Phrase(source, kept.stream().map(Word::stem).toList(), kept.stream().mapToInt(Word::id).toArray(),
                withStops, particle ? PARTICLE_GAP : PHRASE_GAP);
    }

    /**
     * The number of a stem: the same stem always gets the same number, a stem never seen before a new one
     * (numbers grow with the word cache, which typing also grows).
     */
    int id(String stem) {
        Integer id = ids.get(stem);
        return id != null ? id.intValue() : ids.computeIfAbsent(stem, k -> nextId.getAndIncrement());
    }

    /**
     * Looks the raw token up in this thread's own map first, straight from the token buffer, so a hit makes no
     * String; a miss lower-cases and folds it and asks the shared cache.
     */
    private Word word(CharArrayMap<Word> local, char[] buffer, int length) {
        Word known = local.get(buffer, 0, length);
        if (known != null) {
            return known;
        }
        Word word = word(WordAnalysis.fold(buffer, length));
        if (local.size() >= RECENT_LIMIT) {
            local.clear();
        }
        local.put(Arrays.copyOf(buffer, length), word);
        return word;
    }

    private Word word(String surface) {
        // computeIfAbsent locks the bin unless the word heads it; a plain read first keeps hits lock-free.
        Word cached = cache.get(surface);
        return cached != null ? cached : cache.computeIfAbsent(surface, this::analyzeWord);
    }

    private Word analyzeWord(String surface) {
        boolean stop = stopwords.contains(surface);
        if (stop) {
            return new Word(surface, surface, List.of(), true, id(surface), new int[0],
                    QuadrantClassifier.particle(surface), lucene.startsSynonym(surface), nextWord.getAndIncrement());
        }
        List<String> stems = vocabulary.normalise(surface);
        List<String> parts = stems.subList(1, stems.size());
        return new Word(surface, stems.get(0), parts, false, id(stems.get(0)),
                parts.stream().mapToInt(this::id).toArray(), QuadrantClassifier.particle(surface),
                lucene.startsSynonym(surface), nextWord.getAndIncrement());
    }

    /** The stem numbers of every word of {@code lines} (none for {@code null}): a lexicon section asked by stem. */
    Set<Integer> stemIds(List<String> lines) {
        Set<Integer> result = new HashSet<>();
        for (String line : lines == null ? List.<String>of() : lines) {
            for (Word w : analyze(line).words()) {
                result.add(w.id());
            }
        }
        return Set.copyOf(result);
    }
}
