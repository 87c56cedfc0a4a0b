package nl.personacanvas.ui.check;

import java.util.ArrayList;
import java.util.List;
import nl.personacanvas.io.Limits;
import nl.personacanvas.ui.Messages;

/**
 * The statements of the sort dialog that adding left off the canvas, and why. They used to vanish without a word when
 * the others were added: a panel's "too general" sticky note is still the panel's words, to reword or add by hand. They
 * stay as the dialog's input for its next opening (and in the recovery folder) until the user clears them.
 *
 * @param text        the statements left, one a line, in the order they were in the input
 * @param tooGeneral  how many the checker placed as too general (and the user left so)
 * @param otherPerson how many the checker placed as another person's task
 * @param byUser      how many the user unticked or set to "Niet op het canvas"
 * @param notSorted   how many were typed after the last proposal, so had none
 * @param noRoom      how many did not fit in their quadrant, which holds no more notes than a workbook file does
 */
public record LeftOut(String text, int tooGeneral, int otherPerson, int byUser, int notSorted, int noRoom) {
    public static final LeftOut NONE = new LeftOut("", 0, 0, 0, 0, 0);

    public int count() {
        return tooGeneral + otherPerson + byUser + notSorted + noRoom;
    }

    /** The status line after adding {@code added} statements to {@code persona}: what was added, and what was not and why. */
    public String summary(Messages messages, String persona, int added) {
        if (count() == 0) {
            return messages.get("sort.added", persona, added);
        }
        List<String> reasons = new ArrayList<>();
        reason(messages, reasons, "sort.leftOut.tooGeneral", tooGeneral);
        reason(messages, reasons, "sort.leftOut.otherPerson", otherPerson);
        reason(messages, reasons, "sort.leftOut.byUser", byUser);
        reason(messages, reasons, "sort.leftOut.notSorted", notSorted);
        if (noRoom > 0) {
            reasons.add(messages.get("sort.leftOut.noRoom", noRoom, Limits.MAX_ENTRIES_PER_QUADRANT));
        }
        return messages.get("sort.addedLeftOut", persona, added, count(), list(messages, reasons));
    }

    /** "1 is te algemeen, 1 is een taak van een ander en 2 hebben nog geen voorstel". */
    private static String list(Messages messages, List<String> reasons) {
        int last = reasons.size() - 1;
        return last == 0 ? reasons.get(0)
                : messages.get("sort.leftOut.last", String.join(", ", reasons.subList(0, last)), reasons.get(last));
    }

    private static void reason(Messages messages, List<String> reasons, String key, int n) {
        if (n > 0) {
            reasons.add(messages.get(key, n));
        }
    }
}
