package nl.personacanvas.check;

import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The verb of a statement written as object + infinitive ("Terugkomdag ontwerpen waarop ...", "Lesopzet maken
 * waarin ...", "Beoordelingsformulier ... over samenwerken"): its finite form as the classifier knows it from its
 * examples' opening words ("Ontwerpt", "Maakt", "Werkt ... samen"), so the statement gets the opening verb's
 * weight. Consulted when the opening word is one the examples never open with (such a word carries no weight at
 * all, so nothing the classifier already decides changes), and, for the word right after it only, when the
 * opening word is a noun they do open with: in a terse note ("rollenspel schrijven over ...") the infinitive is the
 * work, not the noun (session 15). A teacher writing in the first person ("Ik
 * ontwerp een les ...") is read the same way: the verb after "ik" weighs as its third person, and so is a team's plural
 * ("We ontwerpen ...", session 16). Thread-safe.
 */
final class InfinitiveHead {
    static final long NONE = -1;
    /** How many words after the opening word the infinitive may stand. */
    private static final int REACH = 6;
    /** Words that start a clause: an infinitive after them belongs to the clause, not to the statement. */
    private static final Set<String> CLAUSE = Set.of("waarin", "waarop", "waarmee", "waarbij", "waarna", "die", "dat",
            "zodat", "als", "wanneer", "om", "omdat", "terwijl");
    private static final String VOWELS = "aeiou";
    /** Infinitives in -n after a long vowel (gaan, staan, slaan, zien, doen): their stem keeps the vowel. */
    private static final Pattern SHORT_INFINITIVE = Pattern.compile("(aa|ie|oe)n$");
    /** The teacher writing in the first person: "Ik ontwerp ..." opens with a verb without its -t. */
    private static final String I = "ik";
    /** A team writing about itself: "We plannen ..." opens with a plural verb. */
    private static final Set<String> WE = Set.of("we", "wij");

    private final TextAnalyzer analyzer;
    /** Stem numbers of the examples' opening words that are finite verbs (third person: -t, -d). */
    private final BitSet verbs;
    /** Stem numbers of all the examples' opening words. */
    private final BitSet openings;
    /** Per infinitive's stem number the packed head (see {@link #find}), or {@link #NONE}. */
    private final ConcurrentHashMap<Integer, Long> byInfinitive = new ConcurrentHashMap<>();
    /** Per first-person verb's stem number (after "ik") its third person's stem number, or {@link #NONE}. */
    private final ConcurrentHashMap<Integer, Long> byFirstPerson = new ConcurrentHashMap<>();

    InfinitiveHead(TextAnalyzer analyzer, List<Word> exampleOpenings) {
        this.analyzer = analyzer;
        this.verbs = new BitSet();
        this.openings = new BitSet();
        for (Word w : exampleOpenings) {
            openings.set(w.id());
            String s = w.surface();
            if (s.length() >= 3 && (s.endsWith("t") || s.endsWith("d"))) {
                verbs.set(w.id());
            }
        }
    }

    /**
     * Where the statement's verb stands when its opening word (at {@code opening}) is one no example opens with and a
     * finite verb the examples open with follows it: a colleague named as the subject ("Samira ontwerpt ...", "Mevr.
     * Bakker begeleidt ...") or an object put first ("Lesmateriaal ontwikkelt ze zelf"). Such an opening word
     * weighs nothing, so the verb opens instead, as it does after "hij" or "de docent". Otherwise {@code opening}.
     */
    int verbAfterUnknownOpening(List<Word> words, int opening) {
        int next = opening + 1;
        if (openings.get(words.get(opening).id()) || next >= words.size() || words.get(next).stop()) {
            return opening;
        }
        return verbs.get(words.get(next).id()) ? next : opening;
    }

    /**
     * For a statement whose opening word (at {@code opening}) no example opens with: the verb head of the first
     * infinitive after it, packed as {@code (particle + 1) << 32 | stem number} (particle 0 when the infinitive
     * has none: "samenwerken" is "werkt" with "samen"), or {@link #NONE}. For an opening word the examples do open
     * with, only an infinitive right after it counts ("rollenspel schrijven over ..."), and none after a finite verb.
     */
    long find(List<Word> words, int opening) {
        int id = words.get(opening).id();
        if (verbs.get(id)) {
            return NONE;
        }
        if (openings.get(id)) {
            // A noun the examples open with weighs where their verbs put it; in a terse note the infinitive right
            // after it is the work. "Coacht" reads as the stem "coach", so the examples' finite form is not seen.
            return opening + 1 < words.size() ? infinitive(words.get(opening + 1)) : NONE;
        }
        if (opening >= 1 && words.get(opening - 1).surface().equals(I)
                || opening + 1 < words.size() && words.get(opening + 1).surface().equals(I)) {
            // "Ik ontwerp ...", "Ik begeleid ...": the first person's verb, read as the third person the examples
            // open with ("Ontwerpt", "Begeleidt"). The inflection rule "=> t" already does this for a verb whose
            // first person is no known stem ("bedenk"); this covers the ones that are another word too ("ontwerp").
            // After a leading clause the subject follows its verb: "Als ..., ontwerp ik ...".
            long head = byFirstPerson.computeIfAbsent(words.get(opening).id(), k -> thirdPerson(words.get(opening)));
            if (head != NONE) {
                return head;
            }
        }
        if (opening >= 1 && WE.contains(words.get(opening - 1).surface())
                || opening + 1 < words.size() && WE.contains(words.get(opening + 1).surface())) {
            // "We plannen ...", "Wij ontwerpen ...": a team's plural has the infinitive's form, read as the third
            // person the examples open with, as the first person's verb is above.
            long head = infinitive(words.get(opening));
            if (head != NONE) {
                return head;
            }
        }
        for (int i = opening + 1; i < words.size() && i <= opening + REACH; i++) {
            Word w = words.get(i);
            if (CLAUSE.contains(w.surface())) {
                return NONE;
            }
            long head = infinitive(w);
            if (head != NONE) {
                return head;
            }
        }
        return NONE;
    }

    /** The packed head of {@code w} read as an infinitive, or {@link #NONE}. */
    private long infinitive(Word w) {
        if (!w.stop() && (w.surface().endsWith("en") && w.surface().length() >= 5
                || SHORT_INFINITIVE.matcher(w.surface()).find())) {
            return byInfinitive.computeIfAbsent(w.id(), k -> finite(w.surface()));
        }
        return NONE;
    }

    private long thirdPerson(Word verb) {
        String s = verb.surface();
        int n = s.length();
        // "ik ga", "ik sta", "ik sla": an open syllable's vowel is doubled before the -t (gaat, staat, slaat)
        String[] forms = n >= 2 && s.charAt(n - 1) == 'a' && !vowel(s.charAt(n - 2))
                ? new String[] {s + "at"} : new String[] {s + "t"};
        return known(forms, 0);
    }

    private long finite(String infinitive) {
        long head = finiteHead(infinitive, 0);
        if (head != NONE) {
            return head;
        }
        for (String particle : QuadrantClassifier.PARTICLE_WORDS) {
            if (infinitive.startsWith(particle) && infinitive.length() - particle.length() >= 5) {
                int number = QuadrantClassifier.particle(particle);
                head = finiteHead(infinitive.substring(particle.length()), number + 1);
                if (head != NONE) {
                    return head;
                }
            }
        }
        return NONE;
    }

    /** The third person of a Dutch infinitive by the spelling rules, if the examples open with it. */
    private long finiteHead(String infinitive, int particle) {
        if (SHORT_INFINITIVE.matcher(infinitive).find()) {
            // gaan, staan, slaan, zien, doen: the third person drops the -n alone (gaat, staat, ziet, doet)
            return known(new String[] {infinitive.substring(0, infinitive.length() - 1) + "t"}, particle);
        }
        String base = infinitive.substring(0, infinitive.length() - 2);
        if (base.endsWith("v")) {
            base = base.substring(0, base.length() - 1) + "f";
        } else if (base.endsWith("z")) {
            base = base.substring(0, base.length() - 1) + "s";
        }
        int n = base.length();
        String[] forms;
        if (n >= 2 && base.charAt(n - 1) == base.charAt(n - 2) && !vowel(base.charAt(n - 1))) {
            String single = base.substring(0, n - 1); // stellen: stel, zetten: zet
            forms = new String[] {single.endsWith("t") ? single : single + "t"};
        } else if (n >= 3 && !vowel(base.charAt(n - 1)) && vowel(base.charAt(n - 2)) && !vowel(base.charAt(n - 3))) {
            String doubled = base.substring(0, n - 1) + base.charAt(n - 2) + base.charAt(n - 1);
            forms = new String[] {withT(doubled), withT(base)}; // maken: maakt; verzamelen: verzamelt
        } else if (base.endsWith("t")) {
            forms = new String[0]; // a plural noun: studenten, docenten, klanten
        } else {
            forms = new String[] {base + "t"};
        }
        return known(forms, particle);
    }

    /** The first of {@code forms} the examples open with, packed with its particle, or {@link #NONE}. */
    private long known(String[] forms, int particle) {
        for (String form : forms) {
            List<Word> analysed = analyzer.analyze(form).words();
            if (analysed.size() == 1 && verbs.get(analysed.get(0).id())) {
                return (long) particle << 32 | analysed.get(0).id();
            }
        }
        return NONE;
    }

    /** The packed head of a third-person {@code form} with {@code particle} (0: none), if the examples open with it. */
    long known(String form, int particle) {
        return known(new String[] {form}, particle);
    }

    private static String withT(String base) {
        return base.endsWith("t") ? base : base + "t";
    }

    private static boolean vowel(char c) {
        return VOWELS.indexOf(c) >= 0;
    }
}
