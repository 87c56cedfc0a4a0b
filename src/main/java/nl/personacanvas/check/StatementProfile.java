package nl.personacanvas.check;

import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.personacanvas.model.Quadrant;

/**
 * What {@link StatementProfiler} finds in a statement whatever the activity: the checker computes it once per distinct
 * text and derives each activity's placement from it with {@link StatementSorter#sort(StatementProfile, String)}. It
 * keeps no reference to the analysed words, so a cache of profiles stays small.
 *
 * @param decided   the generic reason when that does not depend on the activity (empty text, another
 *                  person's task), else null
 * @param beside    an attitude the trained model is all but sure of beside those the lexicons named
 *                  ({@link AttitudeModel#beside}), else one another clause shows, or null; it counts where it
 *                  is one of the activity's attitudes
 * @param cueScopes scopes of the international cues it contains
 * @param misses    per element the chance it is not addressed ({@link ElementMatcher#misses})
 * @param everydayQuality the attitude named is only an everyday quality ({@link EverydayQuality}): without an
 *                  international cue the statement is too general
 * @param describedQuality no attitude is named and the statement says an everyday quality of the teacher with
 *                  a copula ({@link EverydayQuality#saidOfTeacher}): a cue of the activity's own setting does
 *                  not make it international
 */
record StatementProfile(String text, Map<Quadrant, Double> scores, Quadrant best, GenericReason decided,
                        AttitudeRecognizer.Recognition attitudes, String beside, List<Set<String>> cueScopes,
                        ElementMatcher.Evidence misses, boolean everydayQuality,
                        boolean describedQuality) {

    /**
     * Whether {@link StatementSorter#sort(StatementProfile, String)} gives the same result for every activity: the
     * activity only enters through the element candidates (none without evidence) and the scopes of the cues (none
     * found, or one that counts everywhere) and, when several attitudes are named, which of them are the activity's.
     */
    boolean sameForEveryActivity() {
        return decided != null || misses == null && InternationalCues.sameForEveryActivity(cueScopes)
                && attitudes.attitudes().size() < 2 && beside == null;
    }
}
