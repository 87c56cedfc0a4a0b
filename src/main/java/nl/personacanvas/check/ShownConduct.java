package nl.personacanvas.check;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Attitudes a teacher shows rather than names, read from {@code shown-conduct.txt} (session 27, att27): what a learner
 * lets slip read between the lines, one's own view or plan set aside, being there to be reached, going on with fresh
 * courage, people got talking or to one table, listening first. The words are a task's (lezen, bellen, krijgen,
 * luisteren) or a colleague's name or "Ik merk dat ..." opens the statement, so neither the lexicon's phrasing nor the
 * classifier makes it an attitude; {@link BehaviourAttitudes} counts it as behaviour, names the kind's attitude where
 * nothing else named one, as for {@link HeldStance}. A view or plan set aside is the statement's point: its attitude
 * replaces what the lexicons read in the view's own words ({@link Kind#renames}). None is read where learners are made
 * to do it ("Laat de klas ... oefenen") or a lesson's or a meeting's word says the deed is a task. Gated and read as
 * {@link GatedReading} says. Session 28 (att28) added kinds read by their sections alone, after the others: no money so
 * made do, unasked, knowing less than thought, a colleague asked to watch, one's own slip told, one's own frame named, a
 * preconception turned, a custom met without fuss, calm under threat, the group left with a colleague after a mishap,
 * two sat together after a clash, a chance at a congress turned into an exchange, and "Ik merk dat ik ... leer" (the last
 * two rename). Session 29 (att29) added curiosity acted on after hearing something, what a learner says not waved away
 * but asked about, one's own origin told openly, asked whether a mishap had to do with who a learner is, people
 * brought around one table, and roles in a role play not cast by origin. Session 30 (att30) added many questions asked,
 * sponsors found or money raised, contact made and people brought into talk, what is proper in a place sensed, and a
 * learner who knew more than the teacher (as knowing less).
 */
final class ShownConduct extends GatedReading<ShownConduct.Kind> {
    static final String RESOURCE = "shown-conduct.txt";
    /** How many words after a verb of making or helping a learner is looked for. */
    private static final int MADE_REACH = 3;

    enum Kind {
        BETWEEN_THE_LINES(List.of(), "alert"),
        VIEW_SET_ASIDE(List.of(), "open-minded"),
        OWN_FRAME_WONDERED(List.of(), "cultureel zelfbewust"),
        PLAN_LET_GO(List.of(), "flexibel"),
        REACHABLE(List.of(), "benaderbaar"),
        FRESH_COURAGE(List.of(), "veerkrachtig"),
        TOGETHER(List.of(), "verbindend"),
        LISTENED_FIRST(List.of(), "empathisch"),
        // Session 28 (att28): the kinds read by their sections alone, all of which must match, tried in this order.
        LEARNING_NOTICED(List.of("learning noticed"), "lerende houding"),
        NO_MONEY_MADE_DO(List.of("no money"), "creatief"),
        UNASKED(List.of("unasked"), "proactief"),
        KNEW_LESS(List.of("knew less"), "lerende houding"),
        WATCHED_BY_A_COLLEAGUE(List.of("watched by a colleague"), "lerende houding"),
        OWN_SLIP_TOLD(List.of("own slip told"), "open"),
        OWN_FRAME_NAMED(List.of("own frame named"), "cultureel zelfbewust"),
        PRECONCEPTION_TURNED(List.of("preconceived", "turned"), "open-minded"),
        QUIETLY_ACCOMMODATED(List.of("quietly", "custom"), "cultureel sensitief"),
        CALM_UNDER_THREAT(List.of("calm", "threat"), "zelfvertrouwen in complexe situaties"),
        GROUP_HANDED_OVER(List.of("group handed over", "mishap"), "daadkrachtig"),
        SAT_TOGETHER_AFTER_A_CLASH(List.of("sat together", "clash"), "verbindend"),
        CHANCE_TURNED_INTO_AN_EXCHANGE(List.of("chance met", "exchange standing"), "ondernemend"),
        // Session 29 (att29): H107's classes, read the same way.
        CURIOSITY_ACTED_ON(List.of("heard of", "asked on"), "nieuwsgierig"),
        NOT_WAVED_AWAY(List.of("not waved away", "asked instead"), "open-minded"),
        OWN_ORIGIN_TOLD(List.of("told openly", "own origin"), "open"),
        LINK_TO_WHO_THEY_ARE_ASKED(List.of("asked if linked", "who they are"), "alert"),
        BROUGHT_TO_ONE_TABLE(List.of("one table", "brought"), "verbindend"),
        ROLES_NOT_CAST_BY_ORIGIN(List.of("not always cast", "who they are"), "cultureel sensitief"),
        // Session 30 (att30): the studied pool's and H110's classes, read the same way.
        MANY_QUESTIONS_ASKED(List.of("many questions"), "nieuwsgierig"),
        MONEY_RAISED(List.of("money raised"), "ondernemend"),
        CONTACT_MADE_AND_TALK_BROUGHT(List.of("contact made", "brought into talk"), "verbindend"),
        PROPRIETY_SENSED(List.of("propriety sensed", "proper"), "cultureel sensitief");

        /** The one attitude named beside which this kind's is added: listening first beside benaderbaar only. */
        private static final String LISTENING_BESIDE = "benaderbaar";

        private final List<String> sections;
        private final List<String> attitudes;

        /** @param sections where not empty, the sections that make the kind on their own (all must match) */
        Kind(List<String> sections, String... attitudes) {
            this.sections = sections;
            this.attitudes = List.of(attitudes);
        }

        List<String> attitudes() {
            return attitudes;
        }

        /**
         * Whether the kind's attitude is added beside the single one named ({@code named}): listening first is empathisch
         * beside benaderbaar (H57-030, A1-031, T17-045: "neem ik op en luister ik eerst"), but beside "zonder oordeel"
         * (open-minded, H69-026) it is how that shows.
         */
        boolean addsBeside(List<String> named) {
            return this != LISTENED_FIRST || named.equals(List.of(LISTENING_BESIDE));
        }

        /**
         * Whether a lesson's or a meeting's word leaves the kind the teacher's way: roles not cast by origin are watched
         * in the role play itself ("Bij de rollenspellen ... let de docent erop dat de 'lastige klant' niet steeds een
         * accent ... krijgt", H107-017: cultureel sensitief); learners made to do it still make it a task.
         */
        private boolean inALesson() {
            return this == ROLES_NOT_CAST_BY_ORIGIN;
        }

        /**
         * Whether the kind's attitude replaces what the lexicons named: the view set aside is worded with the view
         * itself ("mijn eigen westerse kijk", read as cultureel zelfbewust), the plan let go after "Ik merk dat"
         * (read as alert), one's own frame wondered about with the wondering ("vraag ik me af", read as nieuwsgierig);
         * setting it aside or questioning it is what the statement shows. "Ik merk dat ik ... leer" is read as cultureel
         * zelfbewust by its opening (attitudes.txt's "merk dat ik"); what is noticed is learning (att28). A chance at a
         * congress turned into an exchange is read as coming back ("kwam terug van", veerkrachtig) or as one's own
         * initiative (proactief); the chance seized is the point (att28). What is proper in a place sensed ("voelt goed
         * aan wat wel en niet past bij ...") is read as empathisch by "voelt aan"; the propriety is the point (att30).
         */
        boolean renames() {
            return this == VIEW_SET_ASIDE || this == PLAN_LET_GO || this == OWN_FRAME_WONDERED
                    || this == LEARNING_NOTICED || this == CHANCE_TURNED_INTO_AN_EXCHANGE || this == PROPRIETY_SENSED;
        }
    }

    private final SurfacePatterns betweenLines;
    private final SurfacePatterns inPassing;
    private final Set<String> perceive;
    private final SurfacePatterns ownView;
    private final SurfacePatterns setAside;
    private final SurfacePatterns notPrejudged;
    private final SurfacePatterns ownFrame;
    private final SurfacePatterns ownPlan;
    private final SurfacePatterns reachable;
    private final SurfacePatterns freshCourage;
    private final SurfacePatterns together;
    private final SurfacePatterns twoGroups;
    private final SurfacePatterns seeingTo;
    private final SurfacePatterns listenedFirst;
    /** The kinds read by their sections alone, in order, with those sections' patterns. */
    private final Map<Kind, List<SurfacePatterns>> bySections = new EnumMap<>(Kind.class);
    private final Set<String> makingVerbs;
    private final Set<String> taskWords;
    private final LearnerWords learners;

    /** @param learners the learners' words (as {@code warm-scenes.txt} lists them) */
    ShownConduct(Map<String, List<String>> sections, LearnerWords learners) {
        super(sections);
        this.betweenLines = patterns("between the lines");
        this.inPassing = patterns("in passing");
        this.perceive = words("perceive");
        this.ownView = patterns("own view");
        this.setAside = patterns("set aside");
        this.notPrejudged = patterns("not prejudged");
        this.ownFrame = patterns("own frame");
        this.ownPlan = patterns("own plan");
        this.reachable = patterns("reachable");
        this.freshCourage = patterns("fresh courage");
        this.together = patterns("together");
        this.twoGroups = patterns("two groups");
        this.seeingTo = patterns("seeing to");
        this.listenedFirst = patterns("listened first");
        for (Kind kind : Kind.values()) {
            if (!kind.sections.isEmpty()) {
                bySections.put(kind, kind.sections.stream().map(this::patterns).toList());
            }
        }
        this.makingVerbs = words("learners made to");
        this.taskWords = words("task words");
        this.learners = learners;
    }

    /** The conduct the statement shows, or null. */
    @Override
    Kind kind(List<Word> words, long present) {
        Kind kind = conduct(words, present);
        return kind == null || othersDoIt(words, kind.inALesson()) ? null : kind;
    }

    private Kind conduct(List<Word> words, long present) {
        if (betweenLines.in(words, present)
                || inPassing.in(words, present) && words.stream().anyMatch(w -> perceive.contains(w.surface()))) {
            return Kind.BETWEEN_THE_LINES;
        }
        if (notPrejudged.in(words, present)) {
            return Kind.VIEW_SET_ASIDE;
        }
        if (ownFrame.in(words, present)) {
            return Kind.OWN_FRAME_WONDERED;
        }
        if (setAside.in(words, present)) {
            if (ownView.in(words, present)) {
                return Kind.VIEW_SET_ASIDE;
            }
            if (ownPlan.in(words, present)) {
                return Kind.PLAN_LET_GO;
            }
        }
        if (reachable.in(words, present)) {
            return Kind.REACHABLE;
        }
        if (freshCourage.in(words, present)) {
            return Kind.FRESH_COURAGE;
        }
        if (together.in(words, present) || twoGroups.in(words, present) || seeingTo.in(words, present)) {
            return Kind.TOGETHER;
        }
        if (listenedFirst.in(words, present)) {
            return Kind.LISTENED_FIRST;
        }
        // By key, not entry: an EnumMap's entry iterator makes an entry object per step.
        for (Kind kind : bySections.keySet()) {
            if (allIn(bySections.get(kind), words, present)) {
                return kind;
            }
        }
        return null;
    }

    /**
     * Whether every section's patterns occur: a plain loop, not a stream, since it runs for each kind of nearly every
     * statement (the stream's objects were a seventh of the bytes a cold check allocated; session 29, speed29).
     */
    private static boolean allIn(List<SurfacePatterns> sections, List<Word> words, long present) {
        for (int i = 0; i < sections.size(); i++) {
            if (!sections.get(i).in(words, present)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A lesson's or a meeting's word (unless the kind is watched {@code inALesson}), or learners made or helped to do
     * it: the deed is a task, not the teacher's way.
     */
    private boolean othersDoIt(List<Word> words, boolean inALesson) {
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i).surface();
            if (!inALesson && taskWords.contains(w)) {
                return true;
            }
            if (makingVerbs.contains(w)) {
                for (int j = i + 1; j < words.size() && j <= i + MADE_REACH; j++) {
                    if (learners.is(words.get(j).surface())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
