package se.servicekontor.platform.jobs;

/**
 * An input item a job skips because of bad data, with a reason a person can act on. Jobs declare this
 * exception skippable; {@link SkippedItemRecorder} writes the item and the reason where Körningar shows them.
 */
public class RejectedItemException extends RuntimeException {

    private final String itemRef;
    private final String itemText;

    /**
     * @param itemRef  where the item is, e.g. "Ansvar rad 14"
     * @param reason   what is wrong and what to do, e.g. "Okänd förvaltning 'SKOL'. Lägg till den på bladet Förvaltningar."
     * @param itemText the item as read, for the downloadable list (may be null)
     */
    public RejectedItemException(String itemRef, String reason, String itemText) {
        super(reason);
        this.itemRef = itemRef;
        this.itemText = itemText;
    }

    public String itemRef() {
        return itemRef;
    }

    public String reason() {
        return getMessage();
    }

    public String itemText() {
        return itemText;
    }
}
