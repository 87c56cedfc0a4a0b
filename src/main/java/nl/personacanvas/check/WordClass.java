package nl.personacanvas.check;

import java.util.Set;

/**
 * The small fixed word lists that the readers ask about nearly every word of a statement, by its surface (lower case,
 * accents folded, as written). Each word knows its classes as bits ({@link Word#classes()}), worked out once when the
 * analyser first meets the word, so a reader's question is a mask test instead of a hash probe of a {@code Set.of}
 * per word, statement and reader (6.6 % of a cold check's samples in session 24, spread over some thirty readers).
 * Only lists fixed in code belong here; a reader's lists read from a resource file are per lexicon instance and kept
 * per word by {@link Word#number()} in the reader ({@link PersonRegard}'s, through {@link WordSlots}). At most 64
 * classes.
 */
enum WordClass {
    // Negation.before; the attitude model's features (AttitudeFeatures, AttitudeModel) read the same words.
    NEGATION("niet", "geen", "nooit"),

    // Clauses
    /** Conjunctions that open the situation a behaviour answers to ("... als de bus niet komt"). */
    SITUATION("als", "wanneer", "zodra"),
    /**
     * Words a statement may open with before its main clause: conjunctions of a subordinate clause ("Als de student
     * naar Suriname gaat, past zij ...", "Omdat ..., ") and prepositions of a situation ("Bij een incident in het
     * buitenland, belt ...", "Na een pittig gesprek ... laat ik ..."); "toen" and "sinds" for what happened or holds
     * since ("Toen de stageplek afzegde, had ik ..."), as first-person reflection often opens.
     */
    LEADING("als", "wanneer", "zodra", "voordat", "nadat", "omdat", "indien", "zolang", "terwijl", "hoewel", "mocht",
            "bij", "tijdens", "na", "toen", "sinds"),
    /** Words that open a clause of their own when {@link Clauses#numbers} counts clauses. */
    JOINS("en", "maar", "als", "wanneer", "zodra", "omdat", "doordat", "zodat", "terwijl", "want", "dan"),

    // ActorDetector, ActorPhrases
    /**
     * Words that open a subordinate clause: a "door" after one of them is the agent inside that clause ("merkt
     * als een stagiair door collega's wordt buitengesloten"), not of the statement.
     */
    CLAUSE_OPENER("als", "wanneer", "zodra", "dat", "die", "zodat", "omdat", "doordat", "terwijl", "nadat", "voordat",
            "waar", "waarin", "waarbij", "waarop", "wie", "of"),
    /** The determiners an actor phrase may open with. */
    ACTOR_DETERMINER("de", "het", "een", "onze", "ons", "the", "alle"),

    // SentenceShape, AttitudeRecognizer
    /** The persona's pronoun before the opening verb: "Zij is ...", "We zoeken ...", "Ik blijf ...". */
    SUBJECT_PRONOUN("zij", "hij", "ze", "we", "wij", "ik"),
    /** Verbs of realising after the teacher's name ({@code AttitudeRecognizer.namedAdmitting}). */
    REALISING_AFTER_NAME("beseft", "besefte", "realiseert", "realiseerde"),
    /** "geeft ... toe": admitting, with its particle within a few words ("geeft in de les gewoon toe"). */
    ADMITTING("geeft", "gaf"),

    // OwnWayRealised
    /** Realising, finite, as written; "schrok / schrik" only with "ervan". */
    REALISE("besef", "beseft", "besefte", "beseften", "realiseer", "realiseert", "realiseerde"),
    STARTLED("schrok", "schrik", "schrikt"),
    /** One's own culture: one's own, the Dutch, a Dutch region's, the home dialect. */
    OWN_CULTURE("eigen", "ons", "onze", "nederlands", "nederlandse", "hollands", "hollandse", "streektaal", "dialect",
            "twents", "twentse", "brabants", "brabantse", "limburgs", "limburgse", "fries", "friese", "gronings",
            "groningse", "zeeuws", "zeeuwse", "drents", "drentse", "achterhoeks", "achterhoekse", "sallands",
            "sallandse"),

    // BringingTogether
    SEEING_TO("zorg", "zorgt", "zorgde", "zorgen", "zorgden"),
    /** Going about together, of learners: always social ("samen optrekken", "met de Poolse studenten optrekken"). */
    GOING_ABOUT("optrekken", "optrekt", "optrok", "optrokken"),
    /** "aan tafel" counts with one of these just before it ("samen aan tafel", "bij elkaar aan tafel"). */
    MUTUAL("samen", "elkaar"),

    // OwnStory
    /** A judgement held in the past, in the singular: the teacher's own ("ze vroeger dachten" is the learners'). */
    HELD("vond", "dacht", "zag"),
    EARLIER("eerst", "vroeger"),
    TELLING("vertel", "vertelt", "vertelde", "praat", "praatte"),

    // GroupsMixed
    /** Where learners are free to sit with whom they like: the cheap gate, a word as written. */
    FREE_SETTING("eten", "maaltijd", "maaltijden", "kantine", "pauze", "tafel", "tafeltje", "tafeltjes", "lunch",
            "avondeten", "ontbijt"),
    /** A meal or a seating organised is an event on the programme, a task ("Organiseert een lunch waar ..."). */
    ORGANISING("organiseert", "organiseer", "organiseren", "organiseerde", "regelt", "regel", "regelen", "regelde",
            "plant", "plannen", "plande", "tafelschikking", "programma"),
    /** Groups that keep apart: always ("in een hoekje", "in kliekjes uiteenvalt"). */
    APART("hoekje", "kliekje", "kliekjes", "kampen"),
    MIXING("mixt", "mixte", "mixen", "mengt", "mengde", "mengen"),
    /** Groups apart only as their own ("in hun eigen bubbel", "losse groepjes"); "in groepjes" is a work form. */
    OWN_GROUP("bubbel", "groepje", "groepjes"),
    SEATING("zet", "zetten", "zette", "zit", "zitten", "zat", "zaten", "schuift", "schuiven", "schoof"),

    // NewsActedOn
    /** Reading or hearing, finite, as written. */
    NEWS("las", "lees", "leest", "lazen", "hoorde", "hoor", "hoort", "hoorden"),
    /** Acting at once, of one's own accord. */
    AT_ONCE("meteen", "gelijk", "zelf", "diezelfde", "onmiddellijk"),
    /**
     * A lesson's words: news heard in class and answered there ("hoort in de klas dat ..., gaat meteen ...") is
     * teaching.
     */
    NEWS_LESSON("les", "lessen", "klas", "groep", "groepjes", "tweetallen", "studenten", "leerlingen", "cursisten"),

    // WatchingOut
    /** The cheap gate: a form of "letten", as written. */
    WATCH("let", "letten", "lette", "lettend"),
    WATCH_ON("op", "erop"),
    /**
     * What the one watched for does: drop out, fall silent, sit alone. "let op wie er aan het woord komt" leads a
     * talk; "wie stil wordt", "wie afhaakt", "wie er in de pauze alleen zit" is care for who drops out.
     */
    DROPPING_OUT("afhaakt", "afhaken", "stil", "stiller", "alleen", "afzondert", "buiten", "eenzaam", "achterblijft",
            "kant", "drinkt"),
    /** A lesson's words: there watching who speaks is leading the talk, a task. */
    WATCH_LESSON("les", "lessen", "woord", "groepjes", "tweetallen", "duo's"),

    // TeacherReached
    /** Reaching someone, as written; "klopt ... aan" by its particle. */
    CONTACT("app", "appt", "appte", "appten", "appen", "bel", "belt", "belde", "belden", "bellen", "mail", "mailt",
            "mailde", "mailden", "mailen", "aankloppen", "storen"),
    KNOCK("klop", "klopt", "klopte", "klopten", "kloppen"),

    // CuriosityMadeLesson
    /** The teacher's curiosity, as written: the cheap gate. */
    CURIOUS("nieuwsgierig", "benieuwd"),
    /** Making a teaching product, finite or as participle; the infinitive "maken" is as often the others' doing. */
    MAKING_PRODUCT("maak", "maakt", "maakte", "maakten", "gemaakt", "schrijf", "schrijft", "schreef", "geschreven",
            "ontwerp", "ontwerpt", "ontwierp", "ontworpen", "bedenk", "bedenkt", "bedacht"),

    // BroughtTogether
    /** Bringing, as written: the cheap gate. */
    BRINGING("breng", "brengt", "bracht", "brachten", "gebracht");

    private static final WordClass[] ALL = values();

    private final Set<String> words;
    private final long bit;

    WordClass(String... words) {
        this.words = Set.of(words);
        this.bit = 1L << ordinal();
    }

    /** The words of this class, as the analyser writes a word's surface. */
    Set<String> words() {
        return words;
    }

    /** This class's bit in {@link Word#classes()}. */
    long bit() {
        return bit;
    }

    /** The classes of a word by its surface, one bit per class ({@link #bit()}). */
    static long of(String surface) {
        long classes = 0;
        for (WordClass c : ALL) {
            if (c.words.contains(surface)) {
                classes |= c.bit;
            }
        }
        return classes;
    }
}
