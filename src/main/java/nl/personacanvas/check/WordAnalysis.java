package nl.personacanvas.check;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.CharacterUtils;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.fst.IntsRefFSTEnum;
import org.tartarus.snowball.ext.DutchStemmer;

/**
 * The Lucene part of the analysis, in two steps so the expensive second one can be cached per word:
 * a text becomes lower-cased, accent-folded words with loanwords and spelling variants mapped by the
 * synonym file; a word becomes its Snowball stem plus the stems of the dictionary words it is
 * compounded of (stagebedrijf gives stage and bedrijf).
 */
final class WordAnalysis {
    private static final int MIN_COMPOUND = 6;
    private static final int MIN_PART = 3;
    private static final int MAX_PART = 16;

    private final Analyzer plain;
    /** The tokeniser alone: lower-casing and folding are per word, so a word cache can do them once per word. */
    private final Analyzer tokens;
    private final Analyzer surface;
    /** The first word of every synonym rule: a text without any of them passes the synonym filter unchanged. */
    private final CharArraySet synonymStarts;
    /**
     * Per first word, the word sequences of the synonym rules' inputs that start with it: a text in which none
     * of them occurs passes the synonym filter unchanged too ("open" alone is not "open minded").
     */
    private final Map<String, List<String[]>> synonymInputs;
    private final Analyzer word;
    private final ThreadLocal<DutchStemmer> stemmers = ThreadLocal.withInitial(DutchStemmer::new);

    WordAnalysis(List<String> compoundParts, String synonymRules) {
        this.plain = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new ASCIIFoldingFilter(new LowerCaseFilter(source)));
            }
        };
        this.tokens = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                return new TokenStreamComponents(new StandardTokenizer());
            }
        };
        SynonymMap synonyms = parseSynonyms(synonymRules, plain);
        this.synonymInputs = inputs(synonyms);
        this.synonymStarts = new CharArraySet(synonymInputs.keySet(), false);
        this.surface = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                TokenStream folded = new ASCIIFoldingFilter(new LowerCaseFilter(source));
                return new TokenStreamComponents(source, new SynonymGraphFilter(folded, synonyms, true));
            }
        };
        CharArraySet dictionary = new CharArraySet(compoundParts, true);
        this.word = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new KeywordTokenizer();
                TokenStream parts = new DictionaryCompoundWordTokenFilter(source, dictionary, MIN_COMPOUND, MIN_PART,
                        MAX_PART, false);
                return new TokenStreamComponents(source, new SnowballFilter(parts, new DutchStemmer()));
            }
        };
    }

    /** What a caller makes of a word straight from the token buffer (a cache can look it up without a String). */
    interface Terms<T> {
        T of(char[] buffer, int length);
    }

    /**
     * What a caller makes of a token as the tokeniser cut it (not yet lower-cased or folded), e.g. a cached word
     * looked up by the token's own characters, and whether that word starts a synonym rule.
     */
    interface RawTerms<T> {
        T of(char[] buffer, int length);

        boolean startsSynonym(T term);

        /** The term's lower-cased, folded word. */
        String surface(T term);
    }

    private static final Terms<String> STRINGS = (buffer, length) -> new String(buffer, 0, length);

    /**
     * Lower-cased, folded words of a text, synonyms applied. Most texts contain no word a synonym rule starts
     * with; for them the synonym filter would change nothing, so its costly look-ahead is skipped.
     */
    List<String> words(String text) {
        return words(text, STRINGS);
    }

    /** {@link #words(String)}, each word handed to {@code terms} as it comes out of the token stream. */
    <T> List<T> words(String text, Terms<T> terms) {
        List<T> result = new ArrayList<>();
        if (!collectUnlessSynonym(text, terms, result)) {
            result.clear();
            collect(surface, text, terms, result);
        }
        return result;
    }

    /**
     * {@link #words(String, Terms)} for a caller that lower-cases and folds each distinct token once
     * ({@link #fold}) and keeps the result: the token stream is the tokeniser alone, each token handed to
     * {@code raw}; a text in which the input of a synonym rule occurs is analysed again with the synonym
     * filter, its words handed to {@code folded} (they are lower-cased and folded already). Any other text
     * would leave the filter unchanged.
     */
    <T> List<T> words(String text, RawTerms<T> raw, Terms<T> folded) {
        List<T> result = new ArrayList<>();
        boolean starts = false;
        try (TokenStream stream = tokens.tokenStream("t", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                T word = raw.of(term.buffer(), term.length());
                starts |= raw.startsSynonym(word);
                result.add(word);
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!starts || !synonymOccurs(result, raw)) {
            return result;
        }
        result.clear();
        collect(surface, text, folded, result);
        return result;
    }

    /** Whether the whole input of a synonym rule occurs in {@code words}, word after word. */
    private <T> boolean synonymOccurs(List<T> words, RawTerms<T> raw) {
        for (int i = 0; i < words.size(); i++) {
            if (!raw.startsSynonym(words.get(i))) {
                continue;
            }
            for (String[] input : synonymInputs.get(raw.surface(words.get(i)))) {
                int k = 1;
                while (k < input.length && i + k < words.size() && input[k].equals(raw.surface(words.get(i + k)))) {
                    k++;
                }
                if (k == input.length) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A token lower-cased and folded to ASCII exactly as the filters of the token stream do it (Lucene's own
     * {@link CharacterUtils#toLowerCase} and {@link ASCIIFoldingFilter#foldToASCII}, the latter only for a token
     * with a character from U+0080 on, as the filter does).
     */
    static String fold(char[] buffer, int length) {
        char[] lower = Arrays.copyOf(buffer, length);
        CharacterUtils.toLowerCase(lower, 0, length);
        for (char c : lower) {
            if (c >= '\u0080') {
                char[] folded = new char[4 * length];
                int foldedLength = ASCIIFoldingFilter.foldToASCII(lower, 0, folded, 0, length);
                return new String(folded, 0, foldedLength);
            }
        }
        return new String(lower);
    }

    /** Whether a lower-cased, folded word is the first word of a synonym rule. */
    boolean startsSynonym(String word) {
        return synonymStarts.contains(word);
    }

    /** Collects the plain words; false as soon as one starts a synonym rule. */
    private <T> boolean collectUnlessSynonym(String text, Terms<T> terms, List<T> into) {
        try (TokenStream stream = plain.tokenStream("t", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            boolean plainOnly = true;
            while (plainOnly && stream.incrementToken()) {
                plainOnly = !synonymStarts.contains(term.buffer(), 0, term.length());
                into.add(terms.of(term.buffer(), term.length()));
            }
            stream.end();
            return plainOnly;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The inputs of the synonym map as word sequences, by first word, read from the map itself (inputs are code points). */
    private static Map<String, List<String[]>> inputs(SynonymMap synonyms) {
        Map<String, List<String[]>> result = new HashMap<>();
        if (synonyms.fst == null) {
            return result;
        }
        try {
            IntsRefFSTEnum<BytesRef> inputs = new IntsRefFSTEnum<>(synonyms.fst);
            for (IntsRefFSTEnum.InputOutput<BytesRef> io = inputs.next(); io != null; io = inputs.next()) {
                List<String> words = new ArrayList<>();
                StringBuilder word = new StringBuilder();
                for (int i = 0; i < io.input.length; i++) {
                    int c = io.input.ints[io.input.offset + i];
                    if (c == SynonymMap.WORD_SEPARATOR) {
                        words.add(word.toString());
                        word.setLength(0);
                    } else {
                        word.appendCodePoint(c);
                    }
                }
                words.add(word.toString());
                result.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(words.toArray(new String[0]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return result;
    }

    /** The Snowball stem of one word, without compound splitting (cheap: no token stream). */
    String stem(String word) {
        DutchStemmer stemmer = stemmers.get();
        stemmer.setCurrent(word);
        stemmer.stem();
        return stemmer.getCurrent();
    }

    /** Stem of the word first, then the stems of its compound parts (if any). */
    List<String> stems(String word) {
        List<String> result = new ArrayList<>();
        collect(this.word, word.replace("'", ""), STRINGS, result);
        return result;
    }

    private static <T> void collect(Analyzer analyzer, String text, Terms<T> terms, List<T> into) {
        try (TokenStream stream = analyzer.tokenStream("t", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                into.add(terms.of(term.buffer(), term.length()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SynonymMap parseSynonyms(String rules, Analyzer analyzer) {
        try {
            SolrSynonymParser parser = new SolrSynonymParser(true, true, analyzer);
            parser.parse(new StringReader(rules));
            return parser.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new IllegalStateException("Bad synonym rule: " + e.getMessage(), e);
        }
    }
}
