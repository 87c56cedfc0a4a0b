package nl.personacanvas.merge;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.personacanvas.model.ActivityGroup;
import nl.personacanvas.model.Canvas;
import nl.personacanvas.model.CoreActivity;
import nl.personacanvas.model.Entry;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Portrait;
import nl.personacanvas.model.PrincipleTheme;
import nl.personacanvas.model.Quadrant;
import nl.personacanvas.model.Workbook;

/**
 * Seeded random workbooks and random edits, for the merge property test: a common base, then each side
 * edits its own copy the way panel members do on their laptops.
 */
final class DivergedWorkbooks {
    private static final Instant T0 = Instant.parse("2024-03-01T09:00:00Z");
    private static final String[] WORDS = {"studenten", "stage", "buitenland", "begeleidt", "reflectie", "cultuur",
        "partners", "netwerk", "opdracht", "leeruitkomsten", "taal", "dialoog", "veilig", "flexibel", "collega's",
        "curriculum", "subsidie", "gastland", "heimwee", "perspectieven"};
    private static final String[] LINKS = {"A1.design.1", "A4.deliver.2", "A4.organise.1", "H.3", "A5.attitude.2"};

    private final Random random;
    private int counter;

    DivergedWorkbooks(long seed) {
        this.random = new Random(seed);
    }

    Workbook base() {
        List<CoreActivity> activities = new ArrayList<>(List.of(
                new CoreActivity("A4", "A4", "Stages in het buitenland", ActivityGroup.MOBILITY),
                new CoreActivity("k-own", null, "Actualiteiten bespreken in een diverse klas", ActivityGroup.AT_HOME)));
        if (random.nextBoolean()) {
            activities.add(new CoreActivity("A1", "A1", "Leren van culturele perspectieven", ActivityGroup.AT_HOME));
        }
        Workbook wb = Workbook.empty().withSchool("Alfa-college").withRegion("Noord").withTeam("Panel")
                .withDefinition("Internationalisering is " + sentence())
                .withPrinciples(List.of(new PrincipleTheme("Diversiteit", List.of(sentence(), sentence()))))
                .withActivities(activities).withMatrixVersion("1.0");
        int personas = 1 + random.nextInt(4);
        for (int i = 0; i < personas; i++) {
            wb = wb.addPersona(persona(wb));
        }
        return wb;
    }

    /** Applies up to {@code maxEdits} random edits. */
    Workbook edit(Workbook wb, int maxEdits) {
        int edits = random.nextInt(maxEdits + 1);
        for (int i = 0; i < edits; i++) {
            wb = editOnce(wb);
        }
        return wb;
    }

    private Workbook editOnce(Workbook wb) {
        int kind = random.nextInt(14);
        if (wb.personas().isEmpty() || kind == 0) {
            return wb.addPersona(persona(wb));
        }
        Persona p = wb.personas().get(random.nextInt(wb.personas().size()));
        return switch (kind) {
            case 1 -> wb.removePersona(p.id());
            case 2 -> wb.updatePersona(p.id(), x -> x.withName(word()));
            case 3 -> wb.updatePersona(p.id(), x -> x.withRole(sentence()));
            case 4 -> wb.updatePersona(p.id(), x -> x.withNotes(sentence()));
            case 5 -> wb.updatePersona(p.id(), x -> x.withActivityId(activity(wb).id()));
            case 6 -> wb.updatePersona(p.id(), x -> x.withAuthors(List.of(word(), word())));
            case 7 -> wb.updatePersona(p.id(), x -> x.withPortrait(new Portrait("image/png", new byte[] {(byte) random.nextInt()})));
            case 8 -> wb.updatePersona(p.id(), x -> x.withCanvas(x.canvas().insert(quadrant(),
                    random.nextInt(5), entry())));
            case 9, 10, 11 -> editEntry(wb, p, kind);
            case 12 -> random.nextBoolean() ? wb.withDefinition(sentence()) : wb.withSchool(word());
            default -> addOwnActivity(wb);
        };
    }

    private Workbook editEntry(Workbook wb, Persona p, int kind) {
        List<Entry> entries = p.canvas().allEntries().toList();
        if (entries.isEmpty()) {
            return wb;
        }
        Entry e = entries.get(random.nextInt(entries.size()));
        Canvas c = p.canvas();
        Canvas changed = switch (kind) {
            case 9 -> c.remove(e.id());
            case 10 -> c.move(e.id(), quadrant(), random.nextInt(6));
            default -> switch (random.nextInt(3)) {
                case 0 -> c.replace(e.withText(sentence()));
                case 1 -> c.replace(e.withLinks(List.of(LINKS[random.nextInt(LINKS.length)])));
                default -> c.replace(e.withNote(sentence()));
            };
        };
        return wb.updatePersona(p.id(), x -> x.withCanvas(changed));
    }

    /** Both sides may add "the same" own activity under different ids: the merge matches it by name. */
    private Workbook addOwnActivity(Workbook wb) {
        List<CoreActivity> activities = new ArrayList<>(wb.activities());
        CoreActivity added = new CoreActivity(id("k-"), null, "Eigen activiteit " + random.nextInt(3), ActivityGroup.AT_HOME);
        if (activities.stream().noneMatch(a -> a.name().equals(added.name()))) {
            activities.add(added);
        }
        return wb.withActivities(activities);
    }

    private Persona persona(Workbook wb) {
        Canvas canvas = Canvas.empty();
        for (Quadrant q : Quadrant.values()) {
            int n = random.nextInt(5);
            for (int i = 0; i < n; i++) {
                canvas = canvas.add(q, entry());
            }
        }
        return new Persona(id("p-"), word(), sentence(), activity(wb).id(), List.of(word()), null, "", T0, T0, canvas);
    }

    private CoreActivity activity(Workbook wb) {
        return wb.activities().get(random.nextInt(wb.activities().size()));
    }

    private Entry entry() {
        List<String> links = random.nextInt(4) == 0 ? List.of(LINKS[random.nextInt(LINKS.length)]) : List.of();
        return new Entry(id("e-"), sentence(), links, random.nextInt(5) == 0 ? sentence() : "");
    }

    private Quadrant quadrant() {
        return Quadrant.values()[random.nextInt(Quadrant.values().length)];
    }

    private String id(String prefix) {
        return prefix + Long.toHexString(random.nextLong());
    }

    private String word() {
        return WORDS[random.nextInt(WORDS.length)];
    }

    /** Texts carry a counter, so every text is distinct and "present in the result" is a sharp test. */
    private String sentence() {
        return word() + " " + word() + " " + word() + " #" + counter++;
    }
}
