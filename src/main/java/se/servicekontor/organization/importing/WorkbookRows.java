package se.servicekontor.organization.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of one sheet that passed their field rules, read before the step writes anything: which
 * row first has each key (later ones are duplicates) and the rows of each group (attest periods of
 * one holder, cost centre and kind). Rebuilt from the file when a step is restarted.
 */
final class WorkbookRows<T> {

    /** A row's number and what it says. */
    record Parsed<T>(int rowNumber, T item) {
    }

    private final SheetRules<T> rules;
    private final Map<String, Integer> firstRowByKey = new HashMap<>();
    private final Map<String, List<Parsed<T>>> rowsByGroup = new HashMap<>();

    WorkbookRows(SheetRules<T> rules) {
        this.rules = rules;
    }

    void add(int rowNumber, T item) {
        firstRowByKey.putIfAbsent(rules.key(item), rowNumber);
        String group = rules.group(item);
        if (group != null) {
            rowsByGroup.computeIfAbsent(group, g -> new ArrayList<>()).add(new Parsed<>(rowNumber, item));
        }
    }

    /** The first row with the key, or 0 if none passed its field rules. */
    int firstRowOf(String key) {
        return firstRowByKey.getOrDefault(key, 0);
    }

    /** The rows of the item's group in sheet order (the item's own row included). */
    List<Parsed<T>> groupOf(T item) {
        String group = rules.group(item);
        return group == null ? List.of() : rowsByGroup.getOrDefault(group, List.of());
    }
}
