package se.servicekontor.payroll.employment;

import java.util.Locale;
import java.util.Optional;

/** The kind of tax decision an employment has (see {@code payroll.rules.TaxDecision}). */
public enum TaxKind {
    /** Tabellskatt: table + column. */
    TABLE("Tabell"),
    /** Jämkning: a fixed percentage decided by Skatteverket. */
    FIXED_PERCENT("Jämkning"),
    /** Sidoinkomst: no decision given to this employer, 30 %. */
    SECONDARY_INCOME("Sidoinkomst"),
    /** SINK: residents abroad, percentage by decision. */
    SINK("SINK");

    private final String swedish;

    TaxKind(String swedish) {
        this.swedish = swedish;
    }

    public String swedish() {
        return swedish;
    }

    static Optional<TaxKind> fromSwedish(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        for (TaxKind kind : values())
            if (kind.swedish.toLowerCase(Locale.ROOT).equals(t) || kind.name().toLowerCase(Locale.ROOT).equals(t))
                return Optional.of(kind);
        return Optional.empty();
    }
}
