package nl.personacanvas.check;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
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

    private final Analyzer surface;
    private final Analyzer word;
    private final ThreadLocal<DutchStemmer> stemmers = ThreadLocal.withInitial(DutchStemmer::new);

    WordAnalysis(List<String> compoundParts, String synonymRules) {
        Analyzer plain = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new ASCIIFoldingFilter(new LowerCaseFilter(source)));
            }
        };
        SynonymMap synonyms = parseSynonyms(synonymRules, plain);
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

    /** Lower-cased, folded words of a text, synonyms applied. */
    List<String> words(String text) {
        List<String> result = new ArrayList<>();
        collect(surface, text, result);
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
        collect(this.word, word.replace("'", ""), result);
        return result;
    }

    private static void collect(Analyzer analyzer, String text, List<String> into) {
        try (TokenStream stream = analyzer.tokenStream("t", new StringReader(text))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                into.add(term.toString());
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
