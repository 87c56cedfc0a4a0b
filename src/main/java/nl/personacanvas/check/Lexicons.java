package nl.personacanvas.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.personacanvas.matrix.CompetencyMatrix;
import nl.personacanvas.matrix.MatrixCell;
import nl.personacanvas.model.Quadrant;

/**
 * Everything the checker knows, loaded once from the resource files of this package and the matrix:
 * the analyser with its vocabulary, the cue, actor, attitude and element lexicons and the trained
 * classifier. Immutable after construction and safe to share between threads.
 */
final class Lexicons {
    final TextAnalyzer analyzer;
    final InternationalCues cues;
    final ActorDetector actors;
    final AttitudeRecognizer attitudes;
    final AttitudeModel attitudeModel;
    final EverydayQuality everydayQuality;
    final PersonRegard regard;
    final HomeIdentity home;
    final WarmScene warmScenes;
    final HeldStance stances;
    final BroughtTogether broughtTogether;
    final ShownConduct shownConduct;
    final ElementMatcher elements;
    final QuadrantClassifier classifier;
    final CompetencyMatrix matrix;

    Lexicons(CompetencyMatrix matrix) {
        this.matrix = matrix;
        Map<String, List<String>> cueData = Sections.read("international-cues.txt");
        Map<String, List<String>> actorData = Sections.read("actors.txt");
        Map<String, List<String>> attitudeData = Sections.read("attitudes.txt");
        Map<String, List<String>> elementData = Sections.read("element-keywords.txt");
        Map<String, List<String>> evidenceData = Sections.read("attitude-evidence.txt");
        List<String> vocabulary = new ArrayList<>();
        vocabulary.addAll(InternationalCues.texts(cueData));
        vocabulary.addAll(ActorDetector.texts(actorData));
        vocabulary.addAll(AttitudeRecognizer.texts(attitudeData));
        vocabulary.addAll(ElementMatcher.texts(elementData, matrix));
        List<QuadrantClassifier.Example> examples =
                new ArrayList<>(QuadrantClassifier.parse(ResourceText.lines("training-statements.txt")));
        List<LabelledStatement> labelled = LabelledTraining.load();
        // The evidence words are real Dutch, never a typo to correct ("verwondering" is not "verbinder"), but
        // not vocabulary either: as known stems they would change how other words are normalised, and with
        // them the classifier's features.
        List<String> plain = new ArrayList<>(examples.stream().map(QuadrantClassifier.Example::text).toList());
        plain.addAll(AttitudeEvidence.texts(evidenceData));
        this.analyzer = TextAnalyzer.create(vocabulary, plain);
        // The labelled sets teach the models but their words are not made plain. Their writers wrote as teachers
        // do, typos included ("buitenladse", "intercultreel"), and a plain word is never corrected, there or in
        // anyone's text; measured, plain gained nothing on the studied sets (docs/checker.md, session 10, vocab10).
        // Plain words once also stopped "proactieve" from reaching "proactief"; inflection rules do that now.
        examples.addAll(LabelledTraining.quadrantExamples(labelled));
        DutchNames dutchNames = DutchNames.load();
        this.cues = new InternationalCues(cueData, ForeignNames.load(), ForeignNames.capitalised(),
                ForeignNames.compoundEnds(), dutchNames, analyzer);
        this.actors = new ActorDetector(actorData, analyzer);
        this.attitudes = new AttitudeRecognizer(attitudeData, evidenceData, analyzer);
        this.everydayQuality = new EverydayQuality(attitudeData, analyzer);
        this.regard = new PersonRegard(Sections.read("person-regard.txt"), analyzer);
        this.home = new HomeIdentity(Sections.read("home-identity.txt"), dutchNames);
        Map<String, List<String>> warmData = Sections.read(WarmScene.RESOURCE);
        this.warmScenes = new WarmScene(warmData);
        LearnerWords learners = new LearnerWords(warmData.get("learners"));
        this.stances = new HeldStance(Sections.read(HeldStance.RESOURCE), learners);
        this.shownConduct = new ShownConduct(Sections.read(ShownConduct.RESOURCE), learners);
        this.broughtTogether = new BroughtTogether(Sections.read(BroughtTogether.RESOURCE));
        this.elements = new ElementMatcher(matrix, elementData, analyzer);
        // The model learns from examples alone (its own file and the labelled sets), never from the lexicons, so
        // an edit of a lexicon or of the classifier's statements does not move its namings.
        // Its weights are read from attitude-weights.txt when they were fitted on these very examples' features.
        this.attitudeModel = new AttitudeModel(attitudeExamples(labelled), attitudes.names(), analyzer);
        examples.addAll(matrixSentences(matrix));
        this.classifier = new QuadrantClassifier(examples, analyzer);
    }

    /** The attitude model's examples: its own file, then the labelled sets. */
    static List<AttitudeModel.Example> attitudeExamples(List<LabelledStatement> labelled) {
        List<AttitudeModel.Example> result = new ArrayList<>(AttitudeModel.parse(ResourceText.lines("attitude-examples.txt")));
        result.addAll(LabelledTraining.attitudeExamples(labelled));
        return result;
    }

    /** The matrix's own cell sentences, the most authoritative examples there are. */
    private static List<QuadrantClassifier.Example> matrixSentences(CompetencyMatrix matrix) {
        List<QuadrantClassifier.Example> result = new ArrayList<>();
        for (var activity : matrix.activities()) {
            for (Quadrant q : List.of(Quadrant.DESIGN, Quadrant.DELIVER, Quadrant.ORGANISE)) {
                MatrixCell cell = matrix.cell(activity.id(), q);
                for (String sentence : cell.text().split("(?<=\\.)\\s+")) {
                    result.add(new QuadrantClassifier.Example(q, sentence));
                }
            }
            result.add(new QuadrantClassifier.Example(Quadrant.ATTITUDE, matrix.specificAttitudesText(activity.id())));
        }
        result.add(new QuadrantClassifier.Example(Quadrant.ATTITUDE, matrix.sharedAttitudesText()));
        return result;
    }
}
