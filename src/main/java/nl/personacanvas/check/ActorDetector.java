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
 * one where they act towards the teacher ("Stagiairs weten hem te vinden"). The phrases are found by
 * {@link ActorPhrases}, their verb read by {@link ActorVerbs}, the teacher in their clause by {@link TeacherNamed}
 * and {@link TeacherAlongside}; a task said to be another's ("..: taak van de student zelf") by {@link TaskOfAnother}.
 */
final class ActorDetector {
    private static final String DONE_TO_THEM = "done to them";
    private static final String SUBJECT_HEADS = "subject heads";
    private static final String AGENT = "door";
    private static final String REFLEXIVE = "zich";

    /** Determiners before a noun whose agent a following "door" names (see {@link #afterNoun}). */
    private static final Set<String> NOUN_DETERMINERS = Set.of("de", "het", "een", "hun");
    /** A passive or a causative "laat": its "door" names who does the statement's work. */
    private static final Set<String> PASSIVE_OR_LETTING = Set.of("wordt", "worden", "werd", "werden", "laat", "laten",
            "liet", "lieten");

    /** How far into the statement the verb after a fronted phrase may stand. */
    private static final int FRONTED_REACH = 8;

    private final ActorPhrases actors;
    /**
     * Companies named by their trade ("Touringcarbedrijf haalt ...", "Het cateringbedrijf levert ..."): another
     * person only as the statement's subject before a singular verb; elsewhere "door het bedrijf" is as often the
     * way through it as its deed (session 24).
     */
    private final ActorPhrases subjectHeads;
    private final ActorVerbs verbs;
    private final TaskOfAnother said;

    ActorDetector(Map<String, List<String>> sections, TextAnalyzer analyzer) {
        this.actors = new ActorPhrases(sections.getOrDefault("", List.of()).stream().map(analyzer::phrase).toList());
        this.subjectHeads = new ActorPhrases(sections.getOrDefault(SUBJECT_HEADS, List.of()).stream()
                .map(analyzer::phrase).toList());
        this.verbs = new ActorVerbs(sections.getOrDefault(DONE_TO_THEM, List.of()).stream()
                .map(analyzer::phrase)
                .map(p -> p.stems().get(0))
                .collect(Collectors.toUnmodifiableSet()));
        this.said = new TaskOfAnother(actors);
    }

    static List<String> texts(Map<String, List<String>> sections) {
        return sections.values().stream().flatMap(List::stream).toList();
    }

    boolean isOtherPerson(AnalyzedText text) {
        // Another's deed told as the occasion for the teacher's own in a later sentence is the teacher's (session 28);
        // whose task it is may also be said, not done (session 29)
        return (othersOpeningClause(text) || said.said(text)) && !TeacherActsLater.inLaterSentence(text.text());
    }

    private boolean othersOpeningClause(AnalyzedText text) {
        List<Word> words = text.words();
        if (noteSubjectAfterAdjective(words)) {
            return TeacherNamed.objectAfter(words, subjectEnd(words, 1)) < 0;
        }
        int start = actors.subjectStart(words);
        int end = subjectEnd(words, start);
        if (end > start && end < words.size() && verbs.isFinite(words, end)
                && (actors.end(words, start) > start || ActorVerbs.isSingularFinite(words, end))) {
            return TeacherNamed.objectAfter(words, end) < 0 && KnownOfTheTeacher.subject(text, end) < 0
                    && !TeacherNamed.subjectAfter(words, end, end) && !TeacherAlongside.after(words, end);
        }
        if (end > start && (start > 0 || actors.end(words, end) > end) && verbs.namedBy(words, end)) {
            // "Het team onderwijslogistiek roostert ...", "De afdeling financiën betaalt ...": a department by name;
            // in note style without a determiner, a role followed by its organisation ("Praktijkbegeleider
            // gastbedrijf beoordeelt ...").
            return TeacherNamed.objectAfter(words, end + 1) < 0;
        }
        int verbAfterPlace = end > start ? ActorVerbs.afterPlace(words, end) : -1;
        if (verbAfterPlace > 0) {
            return TeacherNamed.objectAfter(words, verbAfterPlace) < 0
                    && KnownOfTheTeacher.subject(text, verbAfterPlace) < 0
                    && !TeacherNamed.subjectAfter(words, end, verbAfterPlace)
                    && !TeacherAlongside.after(words, verbAfterPlace);
        }
        return doneBy(words) && !TeacherNamed.inPassive(words) || afterFrontedPhrase(words);
    }

    /**
     * An office or company in note style, opened by its adjective without a determiner ("Financiële administratie
     * keert het reisgeld uit", "Centraal stagebureau registreert ...", session 25): another person's task, as "De
     * financiële administratie ..." already was. Only an adjective's form (-e, -aal, -eel) before a listed actor or
     * a company by its trade, and only before a singular verb, so a note of the teacher's own task ("Nieuwe collega's
     * inwerken ...") and a verb that opens the statement ("Meldt stagebureau direct ...") stay the teacher's.
     */
    private boolean noteSubjectAfterAdjective(List<Word> words) {
        if (words.size() < 4 || words.get(0).stop() || !adjectiveForm(words.get(0).surface())) {
            return false;
        }
        int end = subjectEnd(words, 1);
        return end > 1 && end < words.size() && ActorVerbs.isSingularFinite(words, end)
                && !TeacherNamed.subjectAfter(words, end, end) && !TeacherAlongside.after(words, end);
    }

    private static boolean adjectiveForm(String s) {
        return s.length() >= 5 && (s.endsWith("e") || s.endsWith("aal") || s.endsWith("eel"));
    }

    /**
     * Where the subject that opens the statement ends: past the actors of the list, or past one company named by its
     * trade ({@code [subject heads]}), or {@code start} when neither opens it.
     */
    private int subjectEnd(List<Word> words, int start) {
        int end = actors.subjectEnd(words, start);
        return end > start ? end : subjectHeads.end(words, start);
    }

    /**
     * Another person as the subject after the verb of a fronted prepositional phrase ("Met de stagiair uit Polen
     * bespreekt de praktijkopleider het rooster", "In Spanje regelen de studenten zelf hun kamer"): their task, as
     * the same sentence with its subject first would be (session 21). A determiner must open the subject.
     */
    private boolean afterFrontedPhrase(List<Word> words) {
        if (words.size() < 4 || !StatementOpening.FRONTED.contains(words.get(0).surface())) {
            return false;
        }
        for (int i = 2; i + 1 < words.size() && i <= FRONTED_REACH; i++) {
            if (words.get(i).stop() && !ActorVerbs.isSingularAuxiliary(words.get(i).surface())) {
                continue;
            }
            // a plural noun of the fronted phrase looks finite too ("Met de stagiair uit Polen bespreekt ..."): read on
            int start = ActorPhrases.skipDeterminers(words, i + 1);
            if (start > i + 1 && verbs.isFinite(words, i) && actors.end(words, start) > start) {
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
            if (words.get(i).is(WordClass.CLAUSE_OPENER) || s.equals(REFLEXIVE)) {
                return false;
            }
            if (s.equals(AGENT) && !afterNoun(words, i)) {
                int actorStart = ActorPhrases.skipDeterminers(words, i + 1);
                if (actors.end(words, actorStart) > actorStart) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the "door" at {@code agent} follows a noun with its determiner, an inflected adjective between or not
     * ("de beoordeling door het leerbedrijf", "de officiële ontvangst door de partnerschool") in a statement with no passive and no "laat": the noun's agent, while
     * the statement's own verb is the teacher's ("Bespreekt met de stagiair de beoordeling door het leerbedrijf").
     * "Het visum wordt geregeld door ..." and "Laat de stagiair door de mentor beoordelen" keep their agent
     * (session 21).
     */
    private static boolean afterNoun(List<Word> words, int agent) {
        boolean determiner = agent >= 2 && NOUN_DETERMINERS.contains(words.get(agent - 2).surface());
        boolean withAdjective = agent >= 3 && NOUN_DETERMINERS.contains(words.get(agent - 3).surface())
                && words.get(agent - 2).surface().endsWith("e");
        if (!determiner && !withAdjective) {
            return false;
        }
        for (Word w : words) {
            if (PASSIVE_OR_LETTING.contains(w.surface())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where the statement names the teacher as the object of another person's verb ("Stagiairs weten hem
     * makkelijk te vinden", "Studenten kunnen altijd bij haar terecht"): the index of "hem" or "haar", or -1.
     * What others do towards the persona describes the teacher (here: benaderbaar), not a task of theirs.
     */
    int teacherAsObject(AnalyzedText text) {
        List<Word> words = text.words();
        int start = actors.subjectStart(words);
        int end = subjectEnd(words, start);
        if (end > start && end < words.size() && verbs.isFinite(words, end)) {
            int object = TeacherNamed.objectAfter(words, end);
            return object >= 0 ? object : KnownOfTheTeacher.subject(text, end);
        }
        int verbAfterPlace = end > start ? ActorVerbs.afterPlace(words, end) : -1;
        if (verbAfterPlace <= 0) {
            return -1;
        }
        int object = TeacherNamed.objectAfter(words, verbAfterPlace);
        return object >= 0 ? object : KnownOfTheTeacher.subject(text, verbAfterPlace);
    }
}
