package nl.personacanvas.check;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The teacher contacting another professional or organisation: "Belt met het kantoor van een rozenkwekerij over een
 * stageplek", "Neemt contact op met de werkplaats in Aken voor een gastles", "Vraagt de leverancier om een gastles
 * over ...", "Schrijft in het Duits een voorstelbrief over de student voor de werkplaats". That is arranging (Organiseren), but the words of what the contact is about (a guest lesson, comparing,
 * how to guide a class) lean to the lesson or the material, and the examples hold too few calls to outweigh them;
 * training statements for it moved other decisions (session 23). {@link QuadrantClassifier} then weighs the opening
 * as "Overlegt". The party is the first one the statement names: after "met" (for verbs of calling), after "bij" or as
 * the object right after a contact verb; when that party is a learner, or a pronoun, or a learner is named before it
 * ("Vraagt door op ervaringen van studenten met bijbaantjes bij bedrijven"), the verb keeps its own weight.
 * Verbs and partners come from {@code partner-contact.txt}, learners from {@code alongside.txt}, more partners from
 * {@code verb-objects.txt}. Thread-safe once built.
 */
final class PartnerContact {
    static final String RESOURCE = "partner-contact.txt";
    private static final String CONFERRING = "Overlegt";
    /** How many words after the opening the party's "met" or "bij" may stand ("bel ik eerst zelf in het Duits met"). */
    private static final int REACH = 10;
    /** How many words after the opening a contact word may stand ("Pakt gewoon de telefoon"). */
    private static final int CONTACT_REACH = 3;
    /** How many words after a verb of correspondence its letter may stand ("in het Duits een korte voorstelbrief"). */
    private static final int LETTER_REACH = 6;
    /** Words between a preposition or verb and the party: determiners, possessives, inflected adjectives. */
    private static final Set<String> DETERMINERS = Set.of("de", "het", "een", "die", "deze", "dat", "haar", "zijn",
            "hun", "onze", "elke", "iedere", "twee", "drie");
    private static final Set<String> PRONOUNS = Set.of("hem", "haar", "hen", "hun", "ze", "zij", "je", "jou", "me",
            "mij", "elkaar", "iedereen", "ieder", "alle", "allemaal");
    private static final String WITH = "met";
    private static final String AT = "bij";
    /** "Vraagt door op ...": probing in the lesson, not asking someone. */
    private static final String PROBING = "door";

    private final Set<Integer> calling;
    private final Set<Integer> asking;
    private final Set<Integer> withContactWord;
    private final Set<String> contactWords;
    private final Set<Integer> writing;
    private final List<String> letters;
    private final Set<String> notLetters;
    private final Set<Integer> partners = new HashSet<>();
    private final Set<Integer> learners;
    private final int conferring;

    PartnerContact(TextAnalyzer analyzer, Map<String, List<String>> sections, List<String> morePartners,
            List<String> learners) {
        this.calling = analyzer.stemIds(sections.get("calling"));
        this.asking = analyzer.stemIds(sections.get("asking"));
        this.withContactWord = analyzer.stemIds(sections.get("with a contact word"));
        this.contactWords = Set.copyOf(sections.getOrDefault("contact words", List.of()));
        this.writing = analyzer.stemIds(sections.get("writing"));
        this.letters = List.copyOf(sections.getOrDefault("letters", List.of()));
        this.notLetters = Set.copyOf(sections.getOrDefault("not letters", List.of()));
        this.partners.addAll(analyzer.stemIds(sections.get("partners")));
        this.partners.addAll(analyzer.stemIds(morePartners));
        this.learners = analyzer.stemIds(learners);
        this.conferring = analyzer.analyze(CONFERRING).words().get(0).id();
    }

    /**
     * The stem number to weigh as the opening verb: that of "Overlegt" when the opening (at {@code opening}, its stem
     * number {@code head}) contacts a party that is no learner, else {@code head}.
     */
    int head(List<Word> words, int opening, int head) {
        if (writing.contains(head)) {
            return letterAfter(words, opening) && !withLearner(words, opening) ? conferring : head;
        }
        boolean calls = calling.contains(head);
        boolean asks = asking.contains(head);
        if (!calls && !asks) {
            if (!withContactWord.contains(head) || !contactWordAfter(words, opening)) {
                return head;
            }
            calls = true;
        }
        int end = Math.min(words.size(), opening + 1 + REACH);
        int object = partyAt(words, opening + 1);
        if (object >= 0 && isLearner(words.get(object))) {
            return head;
        }
        if (object >= 0 && isPartner(words.get(object))) {
            return conferring;
        }
        // no party right after the verb ("Belt wekelijks met ...", "Neemt contact op met ..."): read on
        if (asks && opening + 1 < words.size() && words.get(opening + 1).surface().equals(PROBING)) {
            return head;
        }
        for (int i = opening + 1; i < end - 1; i++) {
            if (isLearner(words.get(i))) {
                // a learner named first is whom the statement is about ("Vraagt ... van studenten ... bij bedrijven")
                return head;
            }
            String s = words.get(i).surface();
            boolean with = calls && s.equals(WITH);
            boolean at = s.equals(AT);
            boolean calledLater = calls && i > opening + 1 && calling.contains(words.get(i).id());
            if (!with && !at && !calledLater) {
                continue;
            }
            int party = partyAt(words, i + 1);
            if (party < 0) {
                return head;
            }
            Word w = words.get(party);
            boolean reached = with ? !isLearner(w) : !isLearner(w) && isPartner(w);
            return reached ? conferring : head;
        }
        return head;
    }

    /** Where a noun stands from {@code from} on, past determiners and up to two inflected adjectives; -1 if none. */
    private static int partyAt(List<Word> words, int from) {
        int i = from;
        while (i < words.size() && DETERMINERS.contains(words.get(i).surface())) {
            i++;
        }
        for (int k = 0; k < 2 && i + 1 < words.size() && adjective(words.get(i)); k++) {
            i++;
        }
        if (i >= words.size()) {
            return -1;
        }
        Word w = words.get(i);
        return w.stop() || PRONOUNS.contains(w.surface()) ? -1 : i;
    }

    private static boolean adjective(Word w) {
        String s = w.surface();
        return !w.stop() && s.length() >= 4 && s.endsWith("e") && !s.endsWith("ie");
    }

    private boolean letterAfter(List<Word> words, int opening) {
        for (int i = opening + 1; i < words.size() && i <= opening + LETTER_REACH; i++) {
            Word w = words.get(i);
            // by the written ending: the compound splitter does not know every letter (voorstelbrief)
            String s = w.surface();
            if (!notLetters.contains(s) && letters.stream().anyMatch(s::endsWith)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a learner follows a "met" after the opening: writing with the class is the lesson. */
    private boolean withLearner(List<Word> words, int opening) {
        for (int i = opening + 1; i + 1 < words.size(); i++) {
            if (words.get(i).surface().equals(WITH)) {
                int party = partyAt(words, i + 1);
                if (party >= 0 && isLearner(words.get(party))) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean contactWordAfter(List<Word> words, int opening) {
        for (int i = opening + 1; i < words.size() && i <= opening + CONTACT_REACH; i++) {
            if (contactWords.contains(words.get(i).surface())) {
                return true;
            }
        }
        return false;
    }

    private boolean isLearner(Word w) {
        return inSet(learners, w);
    }

    private boolean isPartner(Word w) {
        return inSet(partners, w);
    }

    /** Whether the word's stem is in {@code set}, or its compound's last part: "vakdocent", "zij-instromer". */
    private static boolean inSet(Set<Integer> set, Word w) {
        if (set.contains(w.id())) {
            return true;
        }
        int[] parts = w.partIds();
        return parts.length > 0 && set.contains(parts[parts.length - 1]);
    }
}
