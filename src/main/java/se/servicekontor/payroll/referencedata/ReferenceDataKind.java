package se.servicekontor.payroll.referencedata;

/**
 * A kind of dated reference data, stored per year as one set in the layout of the file it comes from.
 * Every kind but the tax tables needs a second administrator to confirm it (four-eyes): the tax tables
 * are Skatteverket's own file, checked row by row on import and previewed before they are activated.
 */
public enum ReferenceDataKind {
    /** Skatteverket's monthly tax tables (fixed width, {@code TaxTables}). */
    TAX_TABLES(false, "allmanna-tabeller-manad-%d.txt"),
    /** The one-off (engångsbelopp) table, CSV of {@code OneOffTax}. */
    ONE_OFF_TAX(true, "engangsbelopp-%d.csv"),
    /** Employer contribution rates by birth year, CSV of {@code ContributionRates}. */
    CONTRIBUTION_RATES(true, "arbetsgivaravgifter-%d.csv"),
    /** Dated figures: base amounts, AKAP-KR, agreement rates (OB, overtime divisors), CSV of {@code ReferenceValues}. */
    PAYROLL_VALUES(true, "belopp-%d.csv");

    private final boolean fourEyes;
    private final String fileName;

    ReferenceDataKind(boolean fourEyes, String fileName) {
        this.fourEyes = fourEyes;
        this.fileName = fileName;
    }

    /** Whether confirming a set of this kind needs another administrator than the one who proposed it. */
    public boolean fourEyes() {
        return fourEyes;
    }

    /** A file name for a set of the year, as the page and the CLI offer it for download. */
    public String fileName(int year) {
        return String.format(fileName, year);
    }

    /** The message key of the kind's name. */
    public String messageKey() {
        return "referencedata.kind." + name();
    }
}
