package nl.personacanvas.check;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds statements about another person's task: the subject is the international office, the
 * administration, a travel agency, parents, students ... ("International office regelt het visum"), or
 * the work is done "door" one of them. A statement that starts with such a person followed by an
 * infinitive the teacher does to them ("Ouders informeren over de reis") stays the teacher's, and so does
 * one where they act towards the teacher ("Stagiairs weten hem te vinden").
 */
final class ActorDetector {
    private static final String DONE_TO_THEM = "done to them";
    private static final Set<String> DETERMINERS = Set.of("de", "het", "een", "onze", "ons", "the", "alle");
    private static final Set<String> SINGULAR_AUXILIARIES = Set.of("is", "heeft", "kan", "wil", "moet", "zal", "mag");
    private static final Set<String> PLURAL_AUXILIARIES =
            Set.of("zijn", "hebben", "kunnen", "willen", "moeten", "zullen", "mogen");
    private static final String AGENT = "door";
    private static final String AND = "en";
    /**
     * The persona as the object of someone else's verb; "me"/"mij" where the persona speaks for itself ("Stagiairs
     * durven me te appen als ...", a voice some writers use for the whole canvas).
     */
    private static final Set<String> TEACHER = Set.of("hem", "haar", "me", "mij");
    private static final int TEACHER_REACH = 3;
    /**
     * The teacher as the subject right after the verb, the other person fronted as its object ("Ouders van
     * nieuwkomers belt ze zelf op", "Collega's uit het buitenland ontvangt hij"): Dutch puts the subject after the
     * finite verb when something else opens the sentence. "ze"/"zij" is also "they" and "them", so it counts only
     * after a singular verb ("they" cannot take one) that follows people in the plural (so "them" cannot be their
     * object: "Het reisbureau boekt ze ..." stays the agency's).
     */
    private static final Set<String> TEACHER_SUBJECT = Set.of("hij", "ik");
    private static final Set<String> TEACHER_OR_THEY = Set.of("ze", "zij");
    /**
     * A passive whose unwritten subject is the teacher, with what others do to a person ("Wordt door collega's
     * gevraagd om ...", "Is door de opleiding gevraagd als ..."): their regard for the teacher, not a task of theirs.
     * A thing done by them ("Wordt geregeld door het international office") keeps its other actor.
     */
    private static final Set<String> PASSIVE_OPENERS = Set.of("wordt", "werd", "is");
    private static final Set<String> DONE_TO_A_PERSON = Set.of("gevraagd", "gezien", "ervaren", "beschouwd",
            "gewaardeerd", "benaderd", "gebeld", "geraadpleegd", "ingeschakeld", "betrokken", "uitgenodigd",
            "aangesproken", "gevonden", "opgezocht", "vertrouwd", "erkend", "genoemd", "gekend");
    private static final String REFLEXIVE = "zich";
    /**
     * Infinitives after an adjective in -t: "Studenten bewust maken van ...", "Collega's enthousiast maken"
     * is the teacher making them so, not a verb of theirs.
     */
    private static final Set<String> MAKING = Set.of("maken", "houden", "krijgen");
    /** Prepositions of a short phrase after the actor, and how far its verb may stand from the actor. */
    private static final Set<String> PLACE = Set.of("in", "uit", "van", "op", "bij");
    private static final int PLACE_REACH = 4;
    /**
     * Words that open a subordinate clause: a "door" after one of them is the agent inside that clause ("merkt
     * als een stagiair door collega's wordt buitengesloten"), not of the statement.
     */
    private static final Set<String> CLAUSE = Set.of("als", "wanneer", "zodra", "dat", "die", "zodat", "omdat",
            "doordat", "terwijl", "nadat", "voordat", "waar", "waarin", "waarbij", "waarop", "wie", "of");

    /** Actor phrases by the number of their first stem. */
    private final PhraseIndex<Phrase> actors = new PhraseIndex<>();
    /** Actor heads that also match as the last part of a compound. */
    private final List<Phrase> heads;
    private final Set<String> doneToThem;
    /** Per distinct word, whether it is a compound whose last part is an actor (studentenadministratie). */
    private final WordSlots<Boolean> compoundActors = new WordSlots<>(this::isCompoundActor);

    ActorDetector(Map<String, List<String>> sections, TextAnalyzer analyzer) {
        List<Phrase> phrases = sections.getOrDefault("", List.of()).stream().map(analyzer::phrase).toList();
        phrases.forEach(p -> actors.add(p, p));
        this.heads = phrases.stream().filter(p -> p.stems().size() == 1).toList();
        this.doneToThem = sections.getOrDefault(DONE_TO_THEM, List.of()).stream()
                .map(analyzer::phrase)
                .map(p -> p.stems().get(0))
                .collect(Collectors.toUnmodifiableSet());
    }

    static List<String> texts(Map<String, List<String>> sections) {
        return sections.values().stream().flatMap(List::stream).toList();
    }

    boolean isOtherPerson(AnalyzedText text) {
        List<Word> words = text.words();
        int start = skipAdjectives(words, skipDeterminers(words, 0));
        int end = subjectEnd(words, start);
        if (end > start && end < words.size() && isFiniteVerb(words, end)) {
            return teacherAfter(words, end) < 0 && KnownOfTheTeacher.subject(text, end) < 0
                    && !teacherSubjectAfter(words, end, end) && !TeacherAlongside.after(words, end);
        }
        if (end > start && (start > 0 || actorEnd(words, end) > end) && namedBy(words, end)) {
            // "Het team onderwijslogistiek roostert ...", "De afdeling financiën betaalt ...": a department by name;
            // in note style without a determiner, a role followed by its organisation ("Praktijkbegeleider
            // gastbedrijf beoordeelt ...").
            return teacherAfter(words, end + 1) < 0;
        }
        int verbAfterPlace = end > start ? verbAfterPlace(words, end) : -1;
        if (verbAfterPlace > 0) {
            return teacherAfter(words, verbAfterPlace) < 0 && KnownOfTheTeacher.subject(text, verbAfterPlace) < 0
                    && !teacherSubjectAfter(words, end, verbAfterPlace) && !TeacherAlongside.after(words, verbAfterPlace);
        }
        return doneBy(words) && !teacherInPassive(words);
    }

    /**
     * Whether the teacher is the subject written right after the finite verb at {@code verb}, the other people's
     * phrase ending just before {@code actorEnd}.
     */
    private static boolean teacherSubjectAfter(List<Word> words, int actorEnd, int verb) {
        if (verb + 1 >= words.size()) {
            return false;
        }
        String subject = words.get(verb + 1).surface();
        if (TEACHER_SUBJECT.contains(subject)) {
            return true;
        }
        String s = words.get(verb).surface();
        String actor = words.get(actorEnd - 1).surface();
        boolean plural = actor.endsWith("en") || actor.endsWith("s");
        return plural && TEACHER_OR_THEY.contains(subject) && (SINGULAR_AUXILIARIES.contains(s) || s.equals("wordt")
                || s.length() >= 3 && s.endsWith("t"));
    }

    /** Whether the statement opens with a passive of what others do to the teacher (see {@link #DONE_TO_A_PERSON}). */
    private static boolean teacherInPassive(List<Word> words) {
        if (words.isEmpty() || !PASSIVE_OPENERS.contains(words.get(0).surface())) {
            return false;
        }
        for (Word w : words) {
            if (DONE_TO_A_PERSON.contains(w.surface())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the statement's own clause says the work is done "door" another person ("Het visum wordt
     * geregeld door het international office"). A "door" inside a subordinate clause belongs to that clause
     * ("Merkt direct als een stagiair door collega's wordt buitengesloten"), and after a reflexive "zich" the
     * teacher lets them ("Laat zich graag iets uitleggen door studenten"): both are still the teacher's doing.
     */
    private boolean doneBy(List<Word> words) {
        for (int i = 0; i < words.size() - 1; i++) {
            String s = words.get(i).surface();
            if (CLAUSE.contains(s) || s.equals(REFLEXIVE)) {
                return false;
            }
            if (s.equals(AGENT)) {
                int actorStart = skipDeterminers(words, i + 1);
                if (actorEnd(words, actorStart) > actorStart) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "Een reisbureau in Sevilla regelt ...", "Stagiairs in het buitenland kunnen ...": the index of the verb
     * after a short phrase of place or belonging that follows the actor, or -1. Only a singular verb (-t), an
     * auxiliary or a verb of knowing ("Stagiairs in Spanje weten: ..."), so an infinitive the teacher does
     * ("Studenten uit drie landen samenbrengen") is not taken for the actor's.
     */
    private static int verbAfterPlace(List<Word> words, int end) {
        if (end >= words.size() || !PLACE.contains(words.get(end).surface())) {
            return -1;
        }
        for (int i = end + 2; i <= end + PLACE_REACH && i < words.size(); i++) {
            Word w = words.get(i);
            String s = w.surface();
            if (!w.stop() && s.length() >= 3 && s.endsWith("t") || SINGULAR_AUXILIARIES.contains(s)
                    || PLURAL_AUXILIARIES.contains(s) || KnownOfTheTeacher.isKnowing(s)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Where the statement names the teacher as the object of another person's verb ("Stagiairs weten hem
     * makkelijk te vinden", "Studenten kunnen altijd bij haar terecht"): the index of "hem" or "haar", or -1.
     * What others do towards the persona describes the teacher (here: benaderbaar), not a task of theirs.
     */
    int teacherAsObject(AnalyzedText text) {
        List<Word> words = text.words();
        int start = skipAdjectives(words, skipDeterminers(words, 0));
        int end = subjectEnd(words, start);
        if (end > start && end < words.size() && isFiniteVerb(words, end)) {
            int object = teacherAfter(words, end);
            return object >= 0 ? object : KnownOfTheTeacher.subject(text, end);
        }
        int verbAfterPlace = end > start ? verbAfterPlace(words, end) : -1;
        if (verbAfterPlace <= 0) {
            return -1;
        }
        int object = teacherAfter(words, verbAfterPlace);
        return object >= 0 ? object : KnownOfTheTeacher.subject(text, verbAfterPlace);
    }

    /**
     * "hem", "haar", "me" or "mij" at most two words after the verb (an adverb, a preposition): its index, or -1. A
     * reflexive "zich" belongs to the verb and does not count ("Stagiairs voelen zich vrij om haar ...").
     */
    private static int teacherAfter(List<Word> words, int verb) {
        int reach = verb + TEACHER_REACH;
        for (int i = verb + 1; i <= reach && i < words.size(); i++) {
            String s = words.get(i).surface();
            if (TEACHER.contains(s)) {
                return i;
            }
            if (s.equals(REFLEXIVE)) {
                reach++;
            }
        }
        return -1;
    }

    private static int skipDeterminers(List<Word> words, int from) {
        int i = from;
        while (i < words.size() && DETERMINERS.contains(words.get(i).surface())) {
            i++;
        }
        return i;
    }

    /**
     * Past the inflected adjectives of a subject that opens with a determiner ("De financiële administratie",
     * "Het lokale reisbureau"): at most two, and only when an actor follows, so "De nieuwe lessen ..." keeps
     * its subject.
     */
    private int skipAdjectives(List<Word> words, int start) {
        if (start == 0) {
            return start;
        }
        for (int i = start; i < Math.min(start + 2, words.size() - 1); i++) {
            String s = words.get(i).surface();
            if (words.get(i).stop() || !s.endsWith("e") || s.length() < 4) {
                break;
            }
            if (actorEnd(words, i + 1) > i + 1) {
                return i + 1;
            }
        }
        return start;
    }

    /**
     * Index just past the actor phrase that starts at {@code start} and any actors joined to it by "en"
     * ("Studenten en praktijkopleiders kloppen bij hem aan"), or {@code start} if no actor starts there.
     */
    private int subjectEnd(List<Word> words, int start) {
        int end = actorEnd(words, start);
        while (end > start && end + 1 < words.size() && words.get(end).surface().equals(AND)) {
            int next = skipDeterminers(words, end + 1);
            int nextEnd = actorEnd(words, next);
            if (nextEnd == next) {
                break;
            }
            end = nextEnd;
        }
        return end;
    }

    /**
     * Whether the actor ending at {@code end} is followed by its name and then a singular verb ("Het team
     * onderwijslogistiek roostert", "De afdeling ICT regelt"): a department named by a noun in apposition.
     */
    private boolean namedBy(List<Word> words, int end) {
        if (end + 1 >= words.size() || words.get(end).stop() || words.get(end).surface().endsWith("e")) {
            return false;
        }
        Word verb = words.get(end + 1);
        String s = verb.surface();
        return SINGULAR_AUXILIARIES.contains(s) || s.equals("wordt")
                || !verb.stop() && s.length() >= 3 && s.endsWith("t") && isFiniteVerb(words, end + 1);
    }

    /** Index just past the actor phrase that starts at {@code start}, or {@code start} if none does. */
    private int actorEnd(List<Word> words, int start) {
        if (start >= words.size()) {
            return start;
        }
        Word first = words.get(start);
        int best = start;
        for (PhraseIndex.Item<Phrase> actor : actors.startingWith(first.id())) {
            int[] ids = actor.phrase().ids();
            boolean match = start + ids.length <= words.size();
            for (int k = 1; k < ids.length && match; k++) {
                match = words.get(start + k).id() == ids[k];
            }
            if (match) {
                best = Math.max(best, start + ids.length);
            }
        }
        if (best == start && !first.parts().isEmpty() && compoundActors.of(first)) {
            return start + 1;
        }
        return best;
    }

    private boolean isCompoundActor(Word word) {
        for (Phrase head : heads) {
            if (isCompoundHead(word, head.stems().get(0), head.ids()[0])) {
                return true;
            }
        }
        return false;
    }

    /** studentenadministratie is an administratie; stagebegeleider is not a stage. */
    private static boolean isCompoundHead(Word word, String stem, int id) {
        return stem.length() >= 4 && word.stem().length() > stem.length() && word.stem().endsWith(stem)
                && word.has(id);
    }

    private boolean isFiniteVerb(List<Word> words, int at) {
        Word word = words.get(at);
        String s = word.surface();
        if (SINGULAR_AUXILIARIES.contains(s) || PLURAL_AUXILIARIES.contains(s) || s.equals("wordt")
                || s.equals("worden")) {
            return true;
        }
        if (word.stop() || s.length() < 3) {
            return false;
        }
        if (s.endsWith("en")) {
            return !doneToThem.contains(word.stem());
        }
        return s.endsWith("t") && !(at + 1 < words.size() && MAKING.contains(words.get(at + 1).surface()));
    }
}
