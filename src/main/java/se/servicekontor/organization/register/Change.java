package se.servicekontor.organization.register;

/** What saving a register entry did: the import counts these, and only real changes are audited. */
public enum Change {
    CREATED, UPDATED, UNCHANGED
}
