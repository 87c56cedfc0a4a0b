package nl.personacanvas.check;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The verb of a statement in the perfect tense: "Ik heb geduldig in het Engels mailcontact opgebouwd met ...",
 * "Daar heb ik een BPV-opdracht over ... van gemaakt", "heb ik direct met de teamleider stageplekken afgesproken".
 * The auxiliary says nothing, so the first content word after it opened the statement ("geduldig", "direct", "hotel")
 * and weighed as if it were the verb; the participle that closes the clause is the work. {@link QuadrantClassifier}
 * weighs it as its third person ("Bouwt ... op", "Maakt", "Spreekt ... af") when the examples open with that verb, as
 * {@link InfinitiveHead} does for an infinitive. Only "hebben" as the auxiliary: after "is" a participle is as often
 * an adjective ("Is goed voorbereid"). Strong participles come from {@code participles.txt}, weak ones by rule.
 * Thread-safe once built (session 30, quad30).
 */
final class PerfectHead {
    static final String RESOURCE = "participles.txt";
    /** The forms of "hebben" that make a perfect tense. */
    private static final Set<String> AUXILIARIES = Set.of("heb", "hebt", "heeft", "hebben", "had", "hadden");
    /** How many words before the opening word the auxiliary may stand ("Ik heb", "heb ik", "Daar heb ik"). */
    private static final int BACK = 3;
    /** How many words after the opening word the participle may stand. */
    private static final int REACH = 14;
    /** Words that start another clause: a participle after them is not the main clause's. */
    private static final Set<String> CLAUSE = Set.of("waarin", "waarop", "waarmee", "waarbij", "die", "dat", "zodat",
            "als", "wanneer", "om", "omdat", "terwijl", "maar", "want", "tot");
    /** Prefixes of a weak participle without "ge-": ontwikkeld, begeleid, verbeterd, herschreven. */
    private static final List<String> UNSTRESSED = List.of("be", "ont", "ver", "her", "er");
    private static final String GE = "ge";
    private static final int MIN_STEM = 2;

    private final Map<String, String> strong = new HashMap<>();
    private final InfinitiveHead heads;

    PerfectHead(List<String> lines, InfinitiveHead heads) {
        this.heads = heads;
        for (String line : lines) {
            int bar = line.indexOf('|');
            if (bar > 0) {
                strong.put(line.substring(0, bar).strip(), line.substring(bar + 1).strip());
            }
        }
    }

    /**
     * The packed head (as {@link InfinitiveHead#find}) of the participle closing a perfect tense whose auxiliary
     * stands just before the opening word (at {@code opening}), or {@link InfinitiveHead#NONE}.
     */
    long find(List<Word> words, int opening) {
        if (!auxiliaryBefore(words, opening)) {
            return InfinitiveHead.NONE;
        }
        for (int i = opening; i < words.size() && i <= opening + REACH; i++) {
            String s = words.get(i).surface();
            if (i > opening && CLAUSE.contains(s)) {
                return InfinitiveHead.NONE;
            }
            long head = participle(s);
            if (head != InfinitiveHead.NONE) {
                return head;
            }
        }
        return InfinitiveHead.NONE;
    }

    private static boolean auxiliaryBefore(List<Word> words, int opening) {
        for (int i = opening - 1; i >= 0 && i >= opening - BACK; i--) {
            if (AUXILIARIES.contains(words.get(i).surface())) {
                return true;
            }
            if (!words.get(i).stop()) {
                return false;
            }
        }
        return false;
    }

    /** The packed head of {@code surface} read as a participle, a separable particle read off first. */
    private long participle(String surface) {
        long head = bare(surface, 0);
        if (head != InfinitiveHead.NONE) {
            return head;
        }
        for (String particle : QuadrantClassifier.PARTICLE_WORDS) {
            if (surface.startsWith(particle + GE)) {
                head = bare(surface.substring(particle.length()), QuadrantClassifier.particle(particle) + 1);
                if (head != InfinitiveHead.NONE) {
                    return head;
                }
            }
        }
        return InfinitiveHead.NONE;
    }

    private long bare(String participle, int particle) {
        String third = strong.get(participle);
        if (third == null) {
            third = weak(participle);
        }
        return third == null ? InfinitiveHead.NONE : heads.known(third, particle);
    }

    /** The third person of a weak participle (gemaakt: maakt, geregeld: regelt, ontwikkeld: ontwikkelt), or null. */
    private static String weak(String participle) {
        if (!participle.endsWith("t") && !participle.endsWith("d")) {
            return null;
        }
        String stem = null;
        if (participle.startsWith(GE)) {
            stem = participle.substring(GE.length(), participle.length() - 1);
        } else {
            for (String prefix : UNSTRESSED) {
                if (participle.startsWith(prefix)) {
                    stem = participle.substring(0, participle.length() - 1);
                    break;
                }
            }
        }
        if (stem == null || stem.length() < MIN_STEM) {
            return null;
        }
        // gezet, gepast: the stem already ends in -t; the third person adds none
        return stem.endsWith("t") ? stem : stem + "t";
    }
}
