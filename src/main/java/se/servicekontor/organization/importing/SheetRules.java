package se.servicekontor.organization.importing;

/**
 * The rules for the rows of one sheet, in plain Java: what a row must contain ({@link #parse}), what
 * identifies it ({@link #key}, a second row with the same key is a duplicate), and what it must agree
 * with in the register and the rest of the workbook ({@link #check}). Every broken rule is a
 * {@link se.servicekontor.platform.jobs.RejectedItemException} that names sheet, row and the fix.
 */
interface SheetRules<T> {

    OrganisationSheet sheet();

    /** The row's fields, checked on their own. */
    T parse(RowFields fields);

    /** The natural key, e.g. the department code; the first row with a key wins. */
    String key(T item);

    /** How a duplicate is named in the rejection, e.g. "koden 'UTB'"; never a personal identity number. */
    String describeKey(T item);

    /** Rows of the same group are checked against each other (attest periods); null = no group. */
    default String group(T item) {
        return null;
    }

    /** Rules against what the register holds and the other rows of the sheet. */
    default void check(T item, RowFields fields, Register register, WorkbookRows<T> workbook) {
    }

    /** What the list of skipped rows may show of a row. */
    default String itemText(SheetRow row) {
        return row.text();
    }
}
