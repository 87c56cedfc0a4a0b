package nl.personacanvas.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The sorter on the team's own labelled statements (not used as training data), with the thresholds. Every
 * row scores with the one shared sorter ({@link CheckFixture}): sorting keeps no state between statements, and
 * training a sorter per row cost about half a CPU-second each, 49 times (docs/benchmarks.md, ci26).
 */
class EvaluationRegressionTest {

    @ParameterizedTest
    @ValueSource(strings = {"/check/own-statements.jsonl", "/check/own-statements-2.jsonl"})
    void ownLabelledSetsMeetTheTargets(String resource) throws Exception {
        List<LabelledStatement> statements = read(resource);
        assertThat(statements).hasSizeGreaterThanOrEqualTo(100);
        Evaluation e = Evaluation.run(statements, CheckFixture.SORTER);
        assertThat(e.accuracy()).isGreaterThanOrEqualTo(0.92);
        assertThat(e.perPlacement().get(Placement.GENERIC).recall()).isGreaterThanOrEqualTo(0.8);
        assertThat(e.attitudeF1()).isGreaterThanOrEqualTo(0.9);
    }

    /**
     * Later blind sets guard against falling back below a measured level, not the targets (docs/checker.md).
     * Sets 2 and 3 (session 3) were measured once each after the lexicon work. Set 4 (session 4) first
     * measured 0.850 / 1.000 / 0.308 (fresh attitude paraphrases were mostly missed); the paraphrases added
     * after it brought it to 0.900 / 1.000 / 0.625. Set 5 was written after all of session 4's lexicon work
     * and measured once: 0.933 / 1.000 / 0.778. Session 5's attitude evidence model (looked at the misses of
     * sets 2-5 by class, not by statement) brought 2-5 to the levels held here. Set 6 was written before
     * that work and measured once before it (0.765 / 0.800 / 0.667) and once after it (0.824 / 0.800 /
     * 0.821), with nothing changed for it. Own set 3 was written with the evidence model and used to tune it.
     * Session 6 (branch accuracy6): blind set 8 was written by an engineer who never saw the checker and first
     * measured 0.817 / 0.800 / 0.700 on main; own set 4 was written before that round's changes (first
     * 0.554 / 0.842 / 0.571). Both were studied by class while fixing (implicit international content,
     * Dutch actors, attitude sentence shapes), which also raised sets 5-7 and own set 3 to the levels held here.
     * Session 7 (branch accuracy7): blind sets 11 and 14 were written by people who never saw the code and first
     * measured 0.867 / 0.923 / 0.769 and 0.800 / 1.000 / 0.621; they and all sets above were studied by class of
     * mistake (implicit international content, management as actors, with whom the teacher talks, object +
     * infinitive statements ...), which raised sets 2-4, 6, 8 and own sets 3-4; the trained attitude model (branch
     * attclf2, examples in its own words, looked at by class of miss) raised the attitude figures of 3, 6, 8 and 14.
     * Both merged, the levels held here.
     * Session 8 (branch accuracy8): blind sets 17 and 18 were written by people who never saw the code and first
     * measured 0.947 / 1.000 / 0.750 and 0.767 / 0.857 / 0.714 on main; studied by class of mistake (everyday
     * qualities with nothing international, behaviour in a situation, "We ..." and "Iemand die ..." shapes), which
     * also raised sets 4, 6, 14 and own set 3.
     * Session 9 (branch quad9): every studied set's misses grouped by the step that decided (clause grammar of
     * "Zorgt dat" / "Weet ... te" / "die van" / "als eerste", adverbs of habit, manner expressions, vetoes,
     * actors joined by "en" or named by a noun, paraphrase families), which raised sets 4, 6, 11, 14, 18 and own
     * sets 2-4 to the levels held here.
     * Session 9 (branch learn9): both trained models also learn from four sets written by people who never saw the
     * code (labelled-training.txt). Merged with quad9, the levels held here were measured again on the merge.
     * The lead's fix that keeps the labelled sets' words out of the plain vocabulary (inflected attitude adjectives
     * named again) raised own set 3 and cost set 6 one statement.
     * Session 10 (branch att10): attitude misses of every studied set and four fresh study sets grouped by class
     * (emergencies as Uitvoeren, vetoes of fair / others' openness / keeping in view, paraphrase families, the
     * model's attitude beside the lexicon's), which raised sets 6, 8, 11, 14, 17 and 18 to the levels held here.
     * Session 10 (lead): the four fresh study sets S25-S28 (320 statements by four writers who never saw the code)
     * became training data; on seven held-out sets (560 statements, never studied) quadrant accuracy rose 0.907 ->
     * 0.932 and attitude F1 0.810 -> 0.844, the dev set held. Sets 2, 11, 17, 18 and own sets 3 and 4, tuned against
     * the models as they were, each lost one to three statements: their levels are lowered to what was measured.
     * Session 11 (branch att11): "Vraagt door op ..." as teaching and the model's second attitude from 0.85 raised set
     * 17, something new arranged "binnen een dag" as decisiveness set 8, to the levels held here.
     * Session 11 (lead, merging typo11): with the typo step kept from correct Dutch words and the rules "=> t" and
     * "ies => ie", the attitude model names cultureel sensitief beside open-minded in set 17's "anders is niet fout
     * bij gebruiken in het gastland" (0.944 -> 0.919; defensible as a second name), so its level is 0.91.
     * Session 11: the studied sets S36-S39 (att11, quad11) and T16-T18 (att11b), written by people who never saw the
     * code, first measured (36e6cb9) 0.925 / 0.750, 0.838 / 0.667, 0.963 / 0.944, 0.925 / 0.788, 0.925 / 0.857,
     * 0.838 / 0.483, 0.875 / 0.706; the session's fixes by class brought them to the levels held here.
     * Session 15: H48 (terse notes) and H49 (full sentences), held out in session 14, became studied sets; first
     * measured (c49e794) 0.888 / 0.632 and 0.975 / 0.833; gen15's cue families and placement rules raised their
     * accuracy to 0.938 and 0.988 (docs/checker.md, session 15); with att15's attitude classes, merged, 0.963 / 0.750
     * and 1.000 / 0.865.
     * Session 16: H52 (terse notes, logistiek) and H53 (full sentences about a named colleague), held out in session
     * 15, became studied sets; first measured (c1fdbdc) 0.913 / 0.821 and 0.913 / 0.778.
     * Session 17: H58 (the dev set's manner, maritiem in Zeeland), held out in session 16, became a studied set; first
     * measured (d53a46d) 0.925 / 0.914.
     * Session 20: H70 (the dev set's manner, bakkerij and voeding in Wageningen), held out in session 19, became a
     * studied set; first measured (724bb58) 0.938 / 0.889.
     * Session 20: R20C (a full set, mixed voices, horeca in Arnhem), written as candidate training data and read by
     * att20 (not kept as training data), became a studied set; first measured blind (92e76c8) 0.913 / 0.750, the same
     * after the session's merges.
     * Session 22: H78 (a full set, mixed voices, schilderen, afbouw en restauratie in Maastricht) and H79 (the dev set's
     * manner, bloem, groen en styling in Aalsmeer; generic precision 0.600), held out in session 21, became studied
     * sets; first measured (cb9c45f) 0.863 / 0.720 and 0.888 / 0.929. gen22 (quiet content of a trade: fairs abroad, a town
     * across the border, a name abroad in a compound, languages by their codes, the call abroad, tastes side by side in
     * A1) raised them to 0.888 / 0.720 and 0.950 / 0.929.
     * Session 23: H80 (the dev set's manner, mode, textiel en maatkleding in Amsterdam; generic precision 0.692), held
     * out in session 22, became a studied set; first measured (11aa019) 0.888 / 0.960.
     * Session 24: H84 (the dev set's manner, laboratoriumtechniek en procestechniek in Leiden; generic precision and
     * recall 0.778), held out in session 23, became a studied set; first measured (98e496a) 0.913 / 0.966, with no row
     * until gen24 brought its generic recall over 0.8.
     * Session 25: H88 (the dev set's manner, meubelmaken, interieurbouw en houttechniek in Rotterdam; generic precision
     * 0.800, two attitudes named where the dev set names one), held out in session 24, became a studied set; first
     * measured (914f1ca) 0.925 / 0.647.
     * Session 26: H92 (the dev set's manner, facilitaire dienstverlening in Amsterdam-Zuidoost; generic precision 0.750,
     * the lowest of the fresh sets), held out in session 25, became a studied set; first measured (56f7d12) 0.925 / 0.923.
     * Session 27: H98 (a full set, goud- en zilversmeden and juweliers in Schoonhoven; generic precision 0.692, the lowest
     * of the fresh sets), held out in session 26, became a studied set; first measured (d4f01c1) 0.938 / 0.741.
     * Session 28: H102 (a full set, welzijn ouderen and activiteitenbegeleiding in Kerkrade; generic precision 0.727, the
     * lowest of the fresh sets), held out in session 27, became a studied set; first measured (2b4e858) 0.900 / 0.783.
     * Session 29: H105 (a full set, koks, keukenleiding en gastronomie in Leeuwarden; generic precision 0.727, the lowest
     * of the fresh sets), held out in session 28, became a studied set; first measured (1f10507) 0.888 / 0.929.
     * Session 30 (quad30): rows raised where quadrant placement by class (the teacher with a learner, the perfect
     * tense, "Maakt"/"Schrijft" with their object) moved a set up; no row went down.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // att18: the averaged fit names from 0.75 (was 0.85 on the noisy fit), and names the task P015 "Neemt
        // internationale trends op in het lesprogramma ..." proactief (0.967 / 0.957)
        "/check/blind-statements-2.jsonl | 0.96 | 0.95",
        "/check/blind-statements-3.jsonl | 0.98 | 1.0",
        "/check/blind-statements-4.jsonl | 1.0  | 1.0",
        "/check/blind-statements-5.jsonl | 1.0  | 1.0",
        "/check/blind-statements-6.jsonl | 0.98 | 0.98",
        "/check/blind-statements-7.jsonl | 0.96 | 1.0",
        // session 17 (att17b), the averaged attitude fit: B8-011 gets a third name (cultureel sensitief), F1 0.963
        "/check/blind-statements-8.jsonl | 1.0  | 0.96",
        "/check/blind-statements-11.jsonl | 1.0  | 0.97",
        "/check/blind-statements-14.jsonl | 0.96 | 0.92",
        "/check/blind-statements-17.jsonl | 1.0  | 0.91",
        "/check/blind-statements-18.jsonl | 0.93 | 0.90",
        "/check/own-statements-3.jsonl   | 0.95 | 0.97",
        "/check/own-statements-4.jsonl   | 0.89 | 0.94",
        "/check/studied-S36.jsonl | 0.96 | 0.85",
        "/check/studied-S37.jsonl | 0.88 | 0.80",
        // att18: at the name threshold 0.75 the task S38-008 "... let op de groepsdynamiek wanneer ..." is named
        // verbindend + cultureel sensitief (0.975 / 0.950)
        "/check/studied-S38.jsonl | 0.97 | 0.95",
        // att25b: tone adjusted: cultureel sensitief beside (0.988 / 0.944)
        "/check/studied-S39.jsonl | 0.98 | 0.94",
        "/check/studied-T16.jsonl | 0.92 | 0.88",
        // att22: "Als ..., regel ik binnen tien minuten iets anders" daadkrachtig beside flexibel (0.963 / 0.857)
        // att25: "Vraagt Ahmed hoe ..., en probeert dat thuis zelf uit" (asked and taken over) (0.975 / 0.889)
        "/check/studied-T17.jsonl | 0.97 | 0.88",
        // gen21: T18-036, where goods come from asked, no longer too general (GoodsOrigin): 0.975
        // att30: contact made and brought into talk (verbindend, T18-062 one of its two names): 0.988 / 0.842
        // quad30: the teacher with a learner, a learner as the object, the perfect tense's participle, "Maakt"/
        // "Schrijft" with their object's kind (docs/checker.md, session 30): 0.988
        "/check/studied-T18.jsonl | 0.98 | 0.84",
        // att17b: H48-014 "Vraagt stud. na de les wat ze anders hadden gewild" no longer named (0.950 / 0.737)
        // att25: H48-014 "Vraagt stud. ..., past volgende keer aan" lerende houding (asked and taken over) (0.975 / 0.800)
        // quad30: the teacher with a learner, a learner as the object, the perfect tense's participle, "Maakt"/
        // "Schrijft" with their object's kind (docs/checker.md, session 30): 0.988
        "/check/studied-H48.jsonl | 0.98 | 0.79",
        "/check/studied-H49.jsonl | 0.98 | 0.86",
        "/check/studied-H52.jsonl | 0.91 | 0.82",
        "/check/studied-H53.jsonl | 0.91 | 0.77",
        // att17b: the task H58-011 "Zoekt hulp bij ... als er spanningen ..." named verbindend (0.9125 / 0.889)
        // att25b: tone adjusted: cultureel sensitief beside (0.963 / 0.919)
        "/check/studied-H58.jsonl | 0.91 | 0.91",
        // att20: "Houdt de groep bij elkaar, ook de twee Oekraiense studenten ..." verbindend (0.950 / 0.929);
        // gen20: its three generic false alarms fixed by class (pork in a compound, alcohol beside a recipe, a
        // cuisine among others): 0.975 / 0.889; both merged 0.988 / 0.929
        "/check/studied-H70.jsonl | 0.98 | 0.92",
        // gen21: four generic false alarms fixed by class (home cooking and own customs in A1, Dutch learnt briefly, a
        // visit's setting abroad): 0.963 / 0.750
        // att25: "vraagt de Spaanse kok ... om feedback ... en past die dan ook aan" (asked and taken over) (0.975 / 0.800)
        // att30: contact made and brought into talk (verbindend, R20C-062): 0.988 / 0.846
        "/check/studied-R20C.jsonl | 0.98 | 0.84",
        // att22b: the teacher placed at home ("als Limburger"), learners brought together ("zorgt dat ... aan tafel"),
        // a name before "geeft toe dat": 0.888 / 0.828; with gen22 (two generic false alarms fixed) 0.913 / 0.828
        // quad30: the teacher with a learner, a learner as the object, the perfect tense's participle, "Maakt"/
        // "Schrijft" with their object's kind (docs/checker.md, session 30): 0.925
        "/check/studied-H78.jsonl | 0.92 | 0.82",
        // gen25: "Belt met het ... kantoor van een ... rozenkwekerij over een stageplek" arranging (PartnerContact): 0.963
        "/check/studied-H79.jsonl | 0.96 | 0.92",
        // gen23: its four generic false alarms fixed (a town's adjective abroad by its form, textile labels, a fabric of
        // another culture, the family's past in A1) and "Stuurt [the placement's begeleider] ..." arranging: 0.950
        // gen25: "Stuurt ouders een brief over de studiereis ..." arranging (a letter, PartnerContact): 0.963
        "/check/studied-H80.jsonl | 0.96 | 0.96",
        // gen24: its two generic statements missed (a company named by its trade as the subject, "Touringcarbedrijf
        // haalt ..."; an everyday quality said of the teacher where only A5's own setting counted, "Is altijd punctueel
        // op excursies") and its two false "too general" (bodies and pharmacopoeias abroad by their short name, FDA,
        // Ph. Eur.) fixed: 0.963 / 0.966, generic precision and recall 1.000
        // quad30: the teacher with a learner, a learner as the object, the perfect tense's participle, "Maakt"/
        // "Schrijft" with their object's kind (docs/checker.md, session 30): 0.975
        "/check/studied-H84.jsonl | 0.97 | 0.96",
        // att25b: a learner's heimwee: empathisch beside (0.925 / 0.686)
        // gen25: where the wood comes from (GoodsOrigin), "Financiële administratie keert ... uit" (an office opened by
        // its adjective), a letter to the workshop abroad arranging: 0.963 / 0.647, generic precision 0.900, recall 1.000
        // gen26: shoes off at a client's home no longer too general (0.975 / 0.686)
        // quad30: the teacher with a learner, a learner as the object, the perfect tense's participle, "Maakt"/
        // "Schrijft" with their object's kind (docs/checker.md, session 30): 0.988
        "/check/studied-H88.jsonl | 0.98 | 0.68",
        // gen26: its three false "too general" fixed by class (the quiet students' experience, "in mijn familie", the
        // directness of a placement's boss): 0.963 / 0.923, generic precision and recall 1.000
        "/check/studied-H92.jsonl | 0.96 | 0.92",
        // gen27: its four false "too general" fixed by class (signs and another tradition in the singular, a cue's noun
        // inside a compound "gemengde moodboardgroepjes", a client who talks only with her husband, a guild hall abroad
        // by its own name): 0.988 / 0.741, generic precision and recall 1.000
        "/check/studied-H98.jsonl | 0.98 | 0.74",
        // gen28: its three false "too general" fixed by class (differences between residents and colleagues, the own
        // view "niet de enige", an A1 dilemma discussed without taking a side) and "Zet ... in de gedeelde map van het
        // team" Organiseren: 0.938 / 0.783, generic precision 1.000
        // att29: "De docent is de verbindende schakel tussen ..." verbindend, an attitude named by its word after the
        // teacher written as the subject (WrittenSubject): 0.950 / 0.833
        // quad30: the teacher with a learner, a learner as the object, the perfect tense's participle, "Maakt"/
        // "Schrijft" with their object's kind (docs/checker.md, session 30): 0.963
        "/check/studied-H102.jsonl | 0.96 | 0.83",
        // gen29: its three false "too general" fixed by class (where one's dish comes from, students not put in a hokje,
        // an intern at a wokrestaurant) and its missed "another person's task" ("...: taak van de student zelf"): 0.938 /
        // 0.929, generic precision and recall 1.000; "De docent bedenkt een proefdagboek dat ..." Ontwerpen ("Bedenkt"
        // weighs with its object's kind, a compound by its last part): 0.950 / 0.929
        "/check/studied-H105.jsonl | 0.95 | 0.92",
    })
    void laterBlindSetsStayAtTheirMeasuredLevel(String resource, double accuracy, double attitudeF1)
            throws Exception {
        Evaluation e = atLeast(resource, accuracy, attitudeF1);
        assertThat(e.perPlacement().get(Placement.GENERIC).recall()).isGreaterThanOrEqualTo(0.8);
    }

    /**
     * Attitude-rich sets (session 11, studied by att11b): 32 attitude statements written as behaviour and 16 task
     * statements that look like attitudes, no generic ones. First measured (36e6cb9) 0.813 / 0.618, 0.771 / 0.618,
     * 0.792 / 0.537, 0.729 / 0.557; held at the levels the session's fixes by class reached.
     * Session 17: H57 (held out in session 16; first person, reflective, "Als ..., dan ga ik ...") became a studied
     * set; first measured (d53a46d) 0.729 / 0.548.
     * Session 18: H61 (held out in session 17; first person after a leading clause, "Als ..., dan ...", "Toen ...")
     * became a studied set; first measured (90e0f57) 0.646 / 0.400.
     * Session 19: H65 (held out in session 18; first person, plain and practical, werktuigbouw) became a studied set;
     * first measured (de93e27) 0.813 / 0.551.
     * Session 20: H69 (held out in session 19; attitudes told as scenes, first person and a named colleague,
     * onderwijsassistent and NT2 in Rotterdam-West) became a studied set; first measured (724bb58) 0.667 / 0.533.
     * Session 20: R20A (told as scenes, kinderopvang in Utrecht) and R20B (the dev set's terse manner, ICT in Delft),
     * written as candidate training data and read by att20 (not kept as training data), became studied sets; first
     * measured blind (92e76c8) 0.521 / 0.316 and 0.792 / 0.730, the same after the session's merges.
     * Session 21: H75 (held out in session 20; verpleegkunde in Groningen, about a named colleague and "de docent",
     * short scenes and terse notes) became a studied set; first measured (413b327) 0.521 / 0.548.
     * Session 23: H83 (held out in session 22; sport en bewegen in 's-Hertogenbosch, scenes and notes about a named
     * colleague) became a studied set; first measured (11aa019) 0.646 / 0.515.
     * Session 24: H87 (held out in session 23; verzorgende IG in Enschede, first person, short scenes and notes about a
     * named colleague) became a studied set; first measured (0af34fb) 0.667 / 0.540.
     * Session 25: H91 (held out in session 24; entree-opleiding and NT2 in Rotterdam-Noord, warm first-person short
     * scenes of newcomers and notes about two named colleagues) became a studied set; first measured (914f1ca)
     * 0.479 / 0.243.
     * Session 26: H95 (held out in session 25; kapper, barbier en schoonheidsspecialist in Tilburg, first-person short
     * scenes and notes about a named colleague, four attitude statements read as generic) became a studied set; first
     * measured (56f7d12) 0.813 / 0.708.
     * Session 27: H99 (held out in session 26; maatschappelijke zorg and GGZ-agogisch werk in Assen, first-person scenes
     * and notes about a named colleague, attitudes shown rather than named) became a studied set; first measured
     * (d4f01c1) 0.708 / 0.542.
     * Session 28: H103 (held out in session 27; beveiliging, handhaving and toezicht in Almere, first-person short scenes
     * and notes about a named colleague, every attitude shown and none named) became a studied set; first measured
     * (2b4e858) 0.500 / 0.435.
     * Session 29: H107 (held out in session 28; ICT-support, netwerkbeheer and cybersecurity in Eindhoven, half
     * first-person short scenes and half notes about a named colleague, a third of the attitudes named and the rest shown,
     * four warm tasks generic) became a studied set; first measured (1f10507) 0.667 / 0.720.
     * Session 30: H110 (held out in session 29; dierverzorging and agrarisch in Barneveld, half first-person scenes and
     * half notes about a named colleague or "de docent", a third of the attitudes named, four warm tasks generic) became
     * a studied set; first measured (d679b579) 0.729 / 0.594.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // att22b: "Zorgt met een spel ... dat ... zich snel één groep voelen" verbindend: 0.979 / 0.829
        // att25b: everything tasted: open-minded beside (0.979 / 0.843)
        // att26: "Houdt in de gaten of een stagiaire ... niet klem komt te zitten" alert (HeldStance) (1.000 / 0.857)
        "/check/studied-A1.jsonl | 1.00 | 0.85",
        // att18: the thresholds re-set for the averaged fit name A2-005 and A2-023 again (0.938 / 0.815)
        // att23: "zit nooit vast: hapert ..., dan verzint ze ter plekke iets anders" (on the spot after a note) (0.979 / 0.843)
        // att25b: everything tasted: open-minded beside (0.979 / 0.857)
        // att25: "haakt af? dan gewoon plan B" (a setback shrugged off) (1.000 / 0.857)
        "/check/studied-A2.jsonl | 0.99 | 0.85",
        // att22: "Loopt na een pittig gesprek ... de week erna gewoon weer ..." veerkrachtig (0.938 / 0.805)
        "/check/studied-A3.jsonl | 0.93 | 0.80",
        // att20: "ook maar een Nederlandse gewoonte" cultureel zelfbewust (0.896 / 0.853)
        // att23: "blijven letten op wie afhaakt" alert (0.917 / 0.868)
        // att25b: a learner's heimwee: empathisch beside (0.917 / 0.883)
        // att27: attitudes shown (ShownConduct): not judged in advance, between the lines, fresh courage (0.979 / 0.900)
        // att28: "niet wachten tot het team erom vraagt" proactief (ShownConduct, unasked) (0.979 / 0.914)
        "/check/studied-A4.jsonl | 0.97 | 0.91",
        // att18: first-person classes and thresholds (0.771 / 0.613); att19: "neem dat mee naar de volgende les",
        // "Ik verbind mijn lessen ... met ..." a task (0.833 / 0.640); att19b: "Toen ..., had ik binnen twee dagen ..."
        // daadkrachtig (0.854 / 0.658)
        // att22: "Na een pittig gesprek ... ga ik de week erna met frisse moed langs" (0.875 / 0.675)
        // att23: "zet bij het eten ... naast elkaar" verbindend, "let er 's avonds ... op wie stil wordt" alert (0.917 / 0.709)
        // att24: "weet dat hij ... gewoon bij mij kan aankloppen", "Als mijn student ... belt" benaderbaar (0.958 / 0.741)
        // att25b: a learner crying: empathisch beside (0.958 / 0.756)
        // att28: "Ik merk dat ik veel leer van ..." lerende houding, no longer cultureel zelfbewust (0.958 / 0.765)
        // quad30: the teacher with a learner, a learner as the object, the perfect tense's participle, "Maakt"/
        // "Schrijft" with their object's kind (docs/checker.md, session 30): 0.979
        "/check/studied-H57.jsonl | 0.97 | 0.76",
        // att18: "Als ..., bel ik ..." lets the model name (0.667 / 0.484); att19: "ik als Nederlander" (0.708 / 0.508);
        // att19b: "Toen ..., had ik binnen een uur ..." daadkrachtig (0.729 / 0.531)
        // att20: lowered: "Omdat onze lessen farmacologie erg Nederlands zijn, ben ik benieuwd ..." gets cultureel
        // zelfbewust beside nieuwsgierig from the own way named Dutch by degree; calling the own lessons "erg
        // Nederlands" is that attitude, defensible as a second name (0.729 / 0.523)
        // att21: the regard for a person ("Toen ..., heb ik eerst geluisterd", "vraag ik eerst ... voor ik") (0.771 / 0.567)
        // att22: "Toen ..., heb ik ter plekke besloten ..." daadkrachtig (0.792 / 0.588)
        // att23: "in kliekjes uiteenvalt, zet ik ze bij het eten ..." verbindend (0.813 / 0.609)
        // att24: "Als ik lees dat ..., stuur ik dat meteen door" proactief, "dat ze mij ... kan appen" benaderbaar
        // (0.833 / 0.648)
        // att25b: heimwee: empathisch, "in plaats van ... te verbeteren": open-minded beside (0.833 / 0.685)
        // att25: "heb ik na de les rustig gevraagd hoe het voor haar was" empathisch (wellbeing asked) (0.854 / 0.667)
        // att27: weekly reports read between the lines, alert (ShownConduct) (0.875 / 0.720)
        // att28: "op een congres ... een maand later al een uitwisseling" ondernemend (ShownConduct) (0.875 / 0.737)
        "/check/studied-H61.jsonl | 0.87 | 0.73",
        // att19: verb-first and question conditions ("Is een student ..., dan schuif ik"), "Bij ... wil ik", the
        // first person's plain lexicon lines (0.938 / 0.658)
        // att22b: "zorg ik dat onze jongens ... met de Poolse studenten optrekken" verbindend: 0.938 / 0.675
        // att25: "..., niet treuren" (shrugged off), "dus ik schrijf daar formeler" (address changed) (0.958 / 0.709)
        // att28: "Geen geld voor ...? Dan ..." creatief, a custom met "zonder er ... een punt van te maken" cultureel
        // sensitief (ShownConduct) (0.979 / 0.741)
        // quad30: the teacher with a learner, a learner as the object, the perfect tense's participle, "Maakt"/
        // "Schrijft" with their object's kind (docs/checker.md, session 30): 1.000
        "/check/studied-H65.jsonl | 1.0  | 0.74",
        // att20: "heel/best Hollands" of the own way, "uit mezelf", "wacht niet op", "vertel ... over mijn eigen",
        // "dat haar ... hard binnenkomt" (0.792 / 0.667)
        // att21: "luistert eerst, zonder oordeel, als een stagiair ...", "hoort ... dat hij heimwee heeft" (0.833 / 0.706)
        // att22: "Na een pittig driegesprek ..., stond ik de week erna met veerkracht ..." (0.854 / 0.743)
        // att23: "schoof ik elke avond bij een ander tafeltje aan, zodat ... niet in hun eigen bubbel" (0.875 / 0.761)
        // att25b: tone taken down: cultureel sensitief beside (0.875 / 0.778)
        // gen25: "bel ... met de IB'er ..." arranging (PartnerContact) (0.896 / 0.761)
        // att30: "Ze vraagt er gewoon naar" nieuwsgierig (many questions asked): 0.917 / 0.795
        "/check/studied-H69.jsonl | 0.91 | 0.79",
        // att21: the regard for a person: noticing, care, learners reaching out, asking first, calm in a clash
        // (0.667 / 0.469; R20B 0.813 / 0.747; H75 0.646 / 0.676)
        // att22: scenes after a setback (a deed within minutes after a told setback, the plan thrown over on the
        // spot, back two weeks after a rebuff), a mind changed, the own background told (0.771 / 0.580)
        // att23: "let ik erop wie er in de pauze alleen zit" alert, "in een hoekje ... in de kantine" verbindend (0.813 / 0.620)
        // att24: "las over ... en had binnen een week zelf ... gemaild" proactief (0.813 / 0.639)
        // att26b: "Omdat ik benieuwd ben ..., maak ik een opdracht", "... en heb er een les ... van gemaakt": curiosity
        // made into a lesson is a task (CuriosityMadeLesson) (0.854 / 0.657)
        // att28: "Geen budget voor ..., dus" creatief, "Mijn eerste reflex was ..., toen ..." open-minded (ShownConduct)
        // (0.896 / 0.694)
        // att30: a bakker won as a sponsor (money raised, ondernemend): 0.917 / 0.712
        "/check/studied-R20A.jsonl | 0.91 | 0.71",
        // gen21: "de officiële ontvangst door de partnerschool" no longer another person's task, so an attitude
        // statement (named empathisch where cultureel sensitief was meant: F1 0.730 -> 0.720): 0.813 / 0.720;
        // with att21 0.833 / 0.737
        // att24: "Gaat er zelf achteraan als hij hoort dat ..." proactief (0.854 / 0.753)
        // att25b: everything tried at table: open-minded beside (0.854 / 0.769)
        // att25: "... hoe ze het daar aanpakten en neemt dat over" lerende houding beside (0.854 / 0.769)
        // gen25: "Vraagt de collega van D&I om tips ..." arranging (PartnerContact) (0.875 / 0.753)
        // att26: "houdt het gesprek open" no longer read as open (a veto) (0.875 / 0.795)
        // att30: what is proper at a reception sensed (cultureel sensitief, not empathisch): 0.875 / 0.821
        // quad30: the teacher with a learner, a learner as the object, the perfect tense's participle, "Maakt"/
        // "Schrijft" with their object's kind (docs/checker.md, session 30): 0.917
        "/check/studied-R20B.jsonl | 0.91 | 0.82",
        // att22: "Toen ..., had Jorien binnen een uur ...", "Staking ... . Binnen twee uur had de docent ...",
        // "gooide haar planning om toen ..." (0.667 / 0.732)
        // att24: "weten dat ze de docent ook mogen bellen" benaderbaar, "beseft dat ... Nederlands", "Schrok ervan hoe
        // ... de Nederlandse ..." cultureel zelfbewust (0.729 / 0.784)
        // att26b: "Benieuwd ...: maakte een observatieopdracht", "... en maakt er ... een leermoment van" a task
        // (CuriosityMadeLesson) (0.771 / 0.811)
        "/check/studied-H75.jsonl | 0.77 | 0.81",
        // att23: groups mixed at table, back again two weeks later, the same morning and on the spot after a told
        // note (0.708 / 0.600)
        // att24: "Na een filmpje over ... mailde Ilse diezelfde avond nog" proactief (0.729 / 0.6197)
        // att25: "ging naast hem op de bank zitten en vroeg hoe het ging" empathisch; "liet zich door ... studenten
        // bijspijkeren" lerende houding beside (0.750 / 0.658)
        // att26b: "Nieuwsgierig naar ...? Ilse maakte er een lesopdracht van" a task (CuriosityMadeLesson); "De docent
        // bracht ze in één videocall weer bij elkaar" after a clash verbindend (BroughtTogether) (0.792 / 0.685)
        // att28: "dat is mijn Hollandse agenda die praat" cultureel zelfbewust, "zonder big deal" cultureel sensitief
        // (ShownConduct) (0.833 / 0.720); "hoorde op een congres ... Een half jaar later stond er een uitwisseling"
        // ondernemend, no longer proactief (0.833 / 0.747)
        "/check/studied-H83.jsonl | 0.83 | 0.74",
        // att24: a learner's call ("belde ze mij meteen", "Toen mijn stagiare ... appte") benaderbaar, "Toen ik hoorde
        // dat ..., heb ik ons meteen aangemeld" proactief, "besefte ik hoe ... mijn eigen streektaal" cultureel
        // zelfbewust (0.750 / 0.597)
        // att25b: "er doorheen zat": empathisch beside (0.750 / 0.618)
        // att25: "Balen, maar ik heb gewoon de volgende ... gebeld" (shrugged off), "ben ik overgestapt op 'Frau Becker'"
        // (address changed) (0.792 / 0.638)
        // gen25: "pakt ... de telefoon en belt een docent van het Berufskolleg", "bel ik ... met de Praxisanleiterin"
        // arranging (PartnerContact) (0.792 / 0.597)
        // gen26: a student's "bij ons doen we dat niet" no longer too general (0.854 / 0.657)
        // att26b: "Toen ik nieuwsgierig werd ... heb ik er een lesbrief van gemaakt" a task (CuriosityMadeLesson)
        // (0.833 / 0.667)
        // att27: an own opinion parked, a remark made in passing heard (ShownConduct) (0.896 / 0.694)
        // att28: "Groep bij de collega gelaten, met haar naar de Polizei" daadkrachtig (ShownConduct) (0.896 / 0.712)
        "/check/studied-H87.jsonl | 0.89 | 0.71",
        // att25b: a learner crying: empathisch beside (0.479 / 0.267)
        // att25: warm scenes (WarmScene): wellbeing asked, shrugged off, taught by the learners, sat with someone
        // (0.646 / 0.366)
        // att26: stances held (HeldStance): no side taken in a quarrel, oneself caught, not knowing said, a judgement
        // held back, grouped in one on purpose (0.750 / 0.527)
        // merged with gen26 (a student's relatives, "bij ons doen we dat niet") (0.771 / 0.527)
        // att30: money raised with a stall (ondernemend, one of two names): 0.812 / 0.559
        "/check/studied-H91.jsonl | 0.81 | 0.55",
        // att26: stances held (HeldStance): a real "verbinder", "brengt mensen bij elkaar", knots cut (0.854 / 0.765)
        // merged with gen26 (four warm tasks no longer too general: a custom inside a compound, "andere haartraditie")
        // and att26b ("bracht ... bij elkaar" verbindend) (0.938 / 0.765)
        // att30: what is proper in a salon sensed (cultureel sensitief, not empathisch): 0.938 / 0.794
        "/check/studied-H95.jsonl | 0.93 | 0.79",
        // gen27: its two false "too general" fixed by class (a way of working abroad by its own name, "Open Dialogue";
        // a Flemish town that is a Dutch word, "naar Geel"), both now Uitvoeren (0.750 / 0.542)
        // att27: attitudes shown rather than named (ShownConduct): between the lines, an own view or plan set aside,
        // one's own frame wondered about, reachable, fresh courage, people got talking or to one table, listening
        // first (0.854 / 0.788)
        // merged with gen27 (0.896 / 0.788)
        // att28: "Ik merk dat ik ... leer", "... eerst zelf moet doorworstelen" lerende houding, no longer cultureel
        // zelfbewust (0.896 / 0.844)
        "/check/studied-H99.jsonl | 0.89 | 0.84",
        // gen28: an airport as the placement by name ("op Schiphol en Lelystad Airport") no longer too general: 0.521 / 0.435
        // att28: attitudes shown, never named (ShownConduct's kinds by sections): no money so made do, unasked, knowing
        // less than thought, a colleague asked to watch, one's own slip told, one's own frame named, a preconception
        // turned, a custom met without fuss, calm under threat, the group left with a colleague after a mishap, two sat
        // together after a clash, heard out (0.792 / 0.820); a chance at a congress turned into an exchange (0.792 / 0.852)
        // the lead after both merges: gen28's TeacherActsLater put back (a scene whose later sentence is the teacher's own
        // deed is no other person's task): two more right (0.833), one of them then read open-minded where flexibel is
        // meant (0.839); studied pool generic precision 0.959 -> 0.974
        // att30: "stelde zoveel vragen dat ..." nieuwsgierig (many questions asked): 0.854 / 0.857
        // quad30: the teacher with a learner, a learner as the object, the perfect tense's participle, "Maakt"/
        // "Schrijft" with their object's kind (docs/checker.md, session 30): 0.875
        "/check/studied-H103.jsonl | 0.87 | 0.85",
        // gen29: "Ik ben blij dat het international office ... uitzoekt" another person's task (TaskOfAnother): 0.688 / 0.720
        // att29: an attitude named by its word after the teacher written as the subject ("De docent is verbindend: ...",
        // "Anouk is oprecht nieuwsgierig naar ..."), and its shown classes: curiosity acted on after hearing, not waved
        // away, one's own origin told openly, asked whether it had to do with who a learner is, brought around one
        // table, knocked down then back, the wondering in one word, the setback told after the quick deed (0.896 / 0.951);
        // roles in a role play not cast by origin (0.917 / 0.968)
        // the lead after both merges: gen29's another person's task said and att29's attitudes together (0.938 / 0.968)
        // quad30: the teacher with a learner, a learner as the object, the perfect tense's participle, "Maakt"/
        // "Schrijft" with their object's kind (docs/checker.md, session 30): 0.958
        "/check/studied-H107.jsonl | 0.95 | 0.96",
        // att30: many questions asked (nieuwsgierig), sponsors found (ondernemend), a learner who knew more than the
        // teacher (lerende houding): 0.792 / 0.657
        "/check/studied-H110.jsonl | 0.79 | 0.65",
    })
    void attitudeRichSetsStayAtTheirMeasuredLevel(String resource, double accuracy, double attitudeF1)
            throws Exception {
        atLeast(resource, accuracy, attitudeF1);
    }

    private Evaluation atLeast(String resource, double accuracy, double attitudeF1) throws Exception {
        Evaluation e = Evaluation.run(read(resource), CheckFixture.SORTER);
        assertThat(e.accuracy()).as(resource).isGreaterThanOrEqualTo(accuracy);
        assertThat(e.attitudeF1()).as(resource).isGreaterThanOrEqualTo(attitudeF1);
        return e;
    }

    private List<LabelledStatement> read(String resource) throws Exception {
        try (Reader r = new InputStreamReader(Objects.requireNonNull(getClass().getResourceAsStream(resource)),
                StandardCharsets.UTF_8)) {
            return new LabelledStatementReader().read(r);
        }
    }

    @Test
    void alsoAcceptCountsAsRightAndMistakesAreListed() throws Exception {
        String jsonl = """
                {"id":"X1","activity":"A4","quadrant":"organise","attitudes":[],"text":"Kan goed plannen","also_accept":["generic"]}
                {"id":"X2","activity":"A4","quadrant":"design","attitudes":["flexibel"],"text":"Is flexibel","also_accept":[]}
                """;
        List<LabelledStatement> statements = new LabelledStatementReader().read(new java.io.StringReader(jsonl));
        Evaluation e = Evaluation.run(statements, CheckFixture.SORTER);
        assertThat(e.correct()).isEqualTo(1);
        assertThat(e.accuracy()).isEqualTo(0.5);
        assertThat(e.attitudeF1()).isEqualTo(1.0);
        assertThat(e.mistakes()).extracting(m -> m.expected().id()).containsExactly("X2");
        assertThat(e.perPlacement().get(Placement.GENERIC).precision()).isEqualTo(1.0);
        assertThat(e.perPlacement().get(Placement.DESIGN).recall()).isEqualTo(0.0);
    }
}
