package se.servicekontor.payroll.rules;

/** The rate group of employer contributions (arbetsgivaravgifter) an employee falls in for a payment. */
public enum ContributionGroup {
    /** Full contributions (fulla arbetsgivaravgifter), 31.42 % in 2026. */
    FULL,
    /** Only the old-age pension fee (endast ålderspensionsavgift): 67 or older at 1 January in 2026. */
    OLD_AGE_PENSION_ONLY,
    /** No contributions: born 1937 or earlier. */
    NONE,
    /** Temporarily reduced for 19–23-year-olds (tillfälligt nedsatta avgifter, SFS 2026:100), up to a monthly ceiling. */
    YOUTH_REDUCED
}
