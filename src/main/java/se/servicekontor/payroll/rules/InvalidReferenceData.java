package se.servicekontor.payroll.rules;

/**
 * A reference-data file (tax tables, contribution rates) that was refused on load. The message names
 * the line so an administrator importing next year's file can find and fix it.
 */
public class InvalidReferenceData extends IllegalArgumentException {

    private final int lineNumber;

    InvalidReferenceData(int lineNumber, String message) {
        super("line " + lineNumber + ": " + message);
        this.lineNumber = lineNumber;
    }

    /** The 1-based line the problem was found on; 0 when the file as a whole is wrong (for example empty). */
    public int lineNumber() {
        return lineNumber;
    }
}
