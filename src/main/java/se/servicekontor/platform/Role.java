package se.servicekontor.platform;

/** The roles of DESIGN.md. Spring Security authorities are {@code ROLE_<name>}. */
public enum Role {
    /** Kundcenter: contact-centre agents. */
    AGENT,
    /** Lönecenter: payroll officers. */
    PAYROLL_OFFICER,
    /** Ekonomicenter: economy officers. */
    ECONOMY_OFFICER,
    /** Attestanter: department heads and delegates, scoped to their cost centres by the attest register. */
    APPROVER,
    /** Read their own department. */
    MANAGER,
    ADMIN,
    /** Read-only everything. */
    AUDITOR;

    public String authority() {
        return "ROLE_" + name();
    }
}
