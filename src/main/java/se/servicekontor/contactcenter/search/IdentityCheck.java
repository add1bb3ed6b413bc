package se.servicekontor.contactcenter.search;

/** How an agent checked a caller's identity before answering about their pay. */
enum IdentityCheck {
    /** Mobilt BankID in the caller's own app. */
    BANKID,
    /** A valid ID document shown at a visit. */
    ID_DOCUMENT,
    /** Called back on the number the register holds. */
    CALL_BACK,
    /** Questions only the employee can answer (employment, manager). */
    QUESTIONS
}
