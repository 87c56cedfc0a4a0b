package nl.personacanvas.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Names of what lies abroad, for the cues matched as written: the Dutch names of every country and language
 * from the JDK's locale data (CLDR, kept up to date with each JDK); the cities, world regions, scripts, currency units
 * and further languages of ICU4J's CLDR ({@code cldr-names.txt}, written by the test class {@code CldrNames}); the
 * regions of other countries from Debian's iso-codes ({@code foreign-regions.txt}: Beieren, Moezel, Noord-Jutland,
 * Nordrhein-Westfalen); plus {@code foreign-names.txt} for what CLDR does not hold (peoples and nationality
 * adjectives, cities, islands and regions) and minus what is home or an everyday word (Nederland, Fries, Jersey,
 * Chili).
 */
final class ForeignNames {
    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final String ABROAD = "abroad";
    private static final String NOT_ABROAD = "not abroad";
    private static final String CAPITALISED = "capitalised";
    private static final String AFTER_A_NAME = "after a name";
    /** ICU4J's CLDR cities, world regions, scripts, currency units and languages in Dutch (CldrNames, a test). */
    private static final String CLDR = "cldr-names.txt";
    /** ISO 3166-2's subdivisions abroad, in Dutch where it has a Dutch name (packaging/foreign-regions.py). */
    private static final String REGIONS = "foreign-regions.txt";
    /** Shorter one-word names (Ewe, Twi, Yi, Ido) are everyday letter strings or abbreviations. */
    private static final int MIN_LENGTH = 4;

    private ForeignNames() {
    }

    /**
     * Words of the names, and peoples of them, that are also Dutch words and so count only when written with a
     * capital (Luik, Kiel, Polen, Hamburgers): {@code foreign-names.txt} {@code [capitalised]}.
     */
    static List<String> capitalised() {
        return Sections.read("foreign-names.txt").getOrDefault(CAPITALISED, List.of());
    }

    /**
     * The last parts of a compound whose first part is a name abroad, a place's or a product's (Naivashameer,
     * parmaham, bordeauxwijn, Spanjereis): {@code foreign-names.txt} {@code [after a name]}.
     */
    static List<String> compoundEnds() {
        return Sections.read("foreign-names.txt").getOrDefault(AFTER_A_NAME, List.of());
    }

    /** The names, in Dutch as the locale data writes them (capitals, accents, hyphens); the caller folds them. */
    static List<String> load() {
        Map<String, List<String>> sections = Sections.read("foreign-names.txt");
        Set<String> excluded = new HashSet<>();
        sections.getOrDefault(NOT_ABROAD, List.of()).forEach(n -> excluded.add(n.toLowerCase(DUTCH)));
        Set<String> names = new LinkedHashSet<>();
        for (String country : Locale.getISOCountries()) {
            names.add(new Locale("", country).getDisplayCountry(DUTCH));
        }
        for (String language : Locale.getISOLanguages()) {
            names.add(new Locale(language).getDisplayLanguage(DUTCH));
        }
        names.addAll(ResourceText.lines(CLDR));
        names.addAll(ResourceText.lines(REGIONS));
        names.addAll(sections.getOrDefault(ABROAD, List.of()));
        List<String> result = new ArrayList<>();
        for (String written : names) {
            // "Myanmar (Birma)": the name as written in a sentence is the part before the brackets.
            int bracket = written.indexOf('(');
            String name = (bracket > 0 ? written.substring(0, bracket) : written).strip();
            if (name.length() >= MIN_LENGTH && !excluded.contains(name.toLowerCase(DUTCH))) {
                result.add(name);
            }
        }
        return result;
    }
}
