package nl.personacanvas.check;

/**
 * The one attitude to add beside those a statement names: one the wording shows beside a single name, read as written,
 * else the trained model's when it is all but sure of one, else the one another clause of a single-attitude statement
 * shows ({@link AttitudeRecognizer.Recognition#second}). {@link StatementProfiler} keeps it in the profile; the sorter
 * counts it where it is one of the activity's attitudes.
 */
final class AttitudeBeside {
    private final Lexicons lexicons;

    AttitudeBeside(Lexicons lexicons) {
        this.lexicons = lexicons;
    }

    /**
     * The attitude beside those named ({@link #readBeside} first, then the trained model, then {@code second}), or
     * null.
     */
    String of(AnalyzedText text, int teacher, AttitudeRecognizer.Recognition attitudes, String second) {
        String read = attitudes.attitudes().size() == 1 ? readBeside(text, attitudes.attitudes().get(0)) : null;
        if (read != null) {
            return read;
        }
        String model = lexicons.attitudeModel.beside(text, attitudes,
                name -> lexicons.attitudes.supports(text, teacher, name));
        return model != null || second == null || attitudes.attitudes().size() != 1
                || attitudes.attitudes().contains(second)
                ? model : second;
    }

    /**
     * The attitude a clause's wording shows beside the single one named, read as written: the teacher's own tone
     * adjusted to the other ({@link ToneAdjusted}, cultureel sensitief), a learner's distress answered
     * ({@link LearnerDistress}, empathisch beside benaderbaar), everything tasted or a judgement held back ({@link OpenMindShown},
     * open-minded). It comes before the trained model's beside, which reads the same clause as
     * a plan adjusted (flexibel) or not at all (session 25, att25b).
     */
    private static String readBeside(AnalyzedText text, String named) {
        if (!named.equals(ToneAdjusted.ATTITUDE) && ToneAdjusted.read(text)) {
            return ToneAdjusted.ATTITUDE;
        }
        if (named.equals(LearnerDistress.BESIDE) && LearnerDistress.read(text)) {
            return LearnerDistress.ATTITUDE;
        }
        return !named.equals(OpenMindShown.ATTITUDE) && OpenMindShown.read(text) ? OpenMindShown.ATTITUDE : null;
    }
}
