package nl.personacanvas.check;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.Currency;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Makes {@code cldr-names.txt}, read at run time by {@link ForeignNames}: the Dutch names CLDR gives for what lies
 * abroad beyond countries and ISO languages, from ICU4J's copy of CLDR (newer than the JDK's, kept up by the Unicode
 * consortium): the cities that name time zones (Lagos, Ho Chi Minhstad, Kopenhagen), the world's regions
 * (Zuid-Amerika, West-Afrika, Caribisch gebied), the scripts in common use (Cyrillisch, Devanagari, Hangul), the units
 * of currencies (dollar, roepie, zloty, with the plurals a sentence writes: dollars, roepies, zloty's) and the
 * languages CLDR has locale data for (Kantonees, Tamazight, Cebuano). {@link ForeignNames} takes out what is home or
 * an everyday word. Kept in the tests and written to a file, not read from ICU4J at run time: the time zone and
 * currency data cost a second or more per start on a loaded machine. {@code CldrNamesTest} fails when ICU4J (after
 * an upgrade) gives other names than the file holds.
 */
final class CldrNames {
    private static final ULocale DUTCH = new ULocale("nl");
    /**
     * UN M.49 codes of the continents and their parts; not 001 (the world), 150 (Europe) and 155 (Western
     * Europe), which hold the Netherlands.
     */
    private static final List<String> WORLD_REGIONS = List.of("002", "003", "005", "009", "011", "013", "014",
            "015", "017", "018", "019", "021", "029", "030", "034", "035", "039", "053", "054", "057", "061", "142",
            "143", "145", "151", "154", "202", "419");
    /**
     * Zone groups whose exemplar is no city a teacher names: the research stations of Antarctica (Davis, Casey,
     * Palmer) and the counties of three US states ("Knox, Indiana").
     */
    private static final List<String> NOT_CITIES = List.of("Antarctica/", "America/Indiana/", "America/Kentucky/",
            "America/North_Dakota/");

    private static final String NOT_A_COUNTRY_S = "X";
    private static final String LONG_VOWEL_ENDINGS = "aiouy";
    private static final String HOME_CURRENCY = "EUR";
    /**
     * The day the currencies are taken as in use on, fixed so that a currency withdrawn later does not change the
     * checker's decisions with the calendar (the Croatian kuna, withdrawn in 2023, is out; the euro's forerunners too).
     */
    private static final Date IN_USE_ON = new Date(1_735_689_600_000L); // 2025-01-01 UTC

    private CldrNames() {
    }

    static Set<String> load() {
        Set<String> names = new LinkedHashSet<>();
        addCities(names);
        LocaleDisplayNames display = LocaleDisplayNames.getInstance(DUTCH);
        WORLD_REGIONS.forEach(region -> names.add(display.regionDisplayName(region)));
        addScripts(display, names);
        addCurrencyUnits(names);
        for (ULocale locale : ULocale.getAvailableLocales()) {
            String language = display.languageDisplayName(locale.getLanguage());
            // A language CLDR has no Dutch name for comes back as its code (lower case).
            if (!language.isEmpty() && Character.isUpperCase(language.charAt(0))) {
                names.add(language);
            }
        }
        return names;
    }

    private static void addCities(Set<String> names) {
        TimeZoneNames zones = TimeZoneNames.getInstance(DUTCH);
        for (String id : TimeZone.getAvailableIDs(TimeZone.SystemTimeZoneType.CANONICAL_LOCATION, null, null)) {
            if (NOT_CITIES.stream().noneMatch(id::startsWith)) {
                String city = zones.getExemplarLocationName(id);
                if (city != null) {
                    names.add(city);
                }
            }
        }
    }

    /** Scripts Unicode recommends for today's use, under a name of their own ("vereenvoudigd Chinees" is not). */
    private static void addScripts(LocaleDisplayNames display, Set<String> names) {
        for (int script = 0; script < UScript.CODE_LIMIT; script++) {
            if (UScript.getUsage(script) == UScript.ScriptUsage.RECOMMENDED) {
                String name = display.scriptDisplayName(UScript.getShortName(script));
                if (!name.isEmpty() && Character.isUpperCase(name.charAt(0)) && name.indexOf(' ') < 0) {
                    names.add(name);
                }
            }
        }
    }

    /**
     * The unit of each currency, the last word of its Dutch name ("Indiase roepie": roepie), and its plural in -s
     * as prices are written ("in roepies", "in dollars"); the names of countries already carry the adjective.
     */
    private static void addCurrencyUnits(Set<String> names) {
        // The euro is home, also where another currency's name ends in it (the Swiss "WIR-euro").
        String home = unit(Currency.getInstance(HOME_CURRENCY).getName(DUTCH, Currency.LONG_NAME, null));
        for (Currency currency : Currency.getAvailableCurrencies()) {
            String code = currency.getCurrencyCode();
            // X..: gold, silver, drawing rights and test codes, no money of a country; the euro is home.
            if (code.startsWith(NOT_A_COUNTRY_S) || !Currency.isAvailable(code, IN_USE_ON, null)) {
                continue;
            }
            addUnit(currency.getName(DUTCH, Currency.LONG_NAME, null), names, home);
            addUnit(currency.getName(DUTCH, Currency.PLURAL_LONG_NAME, "other", null), names, home);
        }
    }

    private static String unit(String name) {
        return name.substring(name.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
    }

    private static void addUnit(String name, Set<String> names, String home) {
        if (name == null) {
            return;
        }
        String unit = unit(name);
        if (!unit.equals(home) && unit.chars().allMatch(Character::isLetter)) {
            names.add(unit);
            names.add(unit + "s");
            // Dutch writes the plural of a word on a long vowel with an apostrophe: zloty's, peso's, lira's.
            if (LONG_VOWEL_ENDINGS.indexOf(unit.charAt(unit.length() - 1)) >= 0) {
                names.add(unit + "'s");
            }
        }
    }
}
