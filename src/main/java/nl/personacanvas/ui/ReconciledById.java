package nl.personacanvas.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.collections.ObservableList;

/**
 * A list of view-models made to follow the model's values by id: a value's view-model is kept and updated rather than
 * made anew, so a text field being typed in is never rebuilt, and the list itself is set only when its members or
 * their order changed, so a view does not redraw its rows for an edit inside one. The canvas's notes and the workbook
 * page's activities each did this with a copy of their own.
 */
public final class ReconciledById {
    private ReconciledById() {
    }

    /**
     * Makes {@code list} hold a view-model per value of {@code values}, in their order: the one with the value's id
     * given {@code update}, else one {@code create} makes.
     */
    public static <M, V> void reconcile(ObservableList<V> list, List<M> values, Function<V, String> viewId,
                                        Function<M, String> valueId, Function<M, V> create, BiConsumer<V, M> update) {
        Map<String, V> existing = new HashMap<>();
        list.forEach(vm -> existing.put(viewId.apply(vm), vm));
        List<V> wanted = new ArrayList<>(values.size());
        for (M value : values) {
            V vm = existing.get(valueId.apply(value));
            if (vm == null) {
                vm = create.apply(value);
            } else {
                update.accept(vm, value);
            }
            wanted.add(vm);
        }
        if (!wanted.equals(list)) {
            list.setAll(wanted);
        }
    }
}
