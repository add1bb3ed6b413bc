package se.servicekontor.payroll.demo;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import se.servicekontor.payroll.referencedata.ReferenceData;
import se.servicekontor.payroll.referencedata.ReferenceDataKind;
import se.servicekontor.platform.audit.AuditTrail;

/**
 * The demo's year change (December 2026): the shipped 2026 data is active, and the 2027 employer contribution rates are
 * proposed, marked not yet confirmed by law, waiting for an administrator to confirm them (four-eyes: proposed by
 * {@code system}). Administration → Referensdata then shows in red what 2027 still lacks: Skatteverket's tax tables, the
 * one-off table, the base amounts and the pay calendar.
 */
@Component
@Profile("demo")
class DemoReferenceData {

    /**
     * 2027 as known in December 2026: the youth reduction of SFS 2026:100 for those born 2004–2008 on pay paid until 2027-09-30;
     * the other groups as in 2026 with the age limit moved on a year (67 at 1 January 2027 = born 1959 or earlier) — to be
     * checked against Skatteverket's "Arbetsgivaravgifter 2027" before it is confirmed.
     */
    static final String CONTRIBUTIONS_2027 = """
            valid_from,valid_to,group,born_from,born_to,rate,ceiling_per_month,rate_above_ceiling,source
            2027-01-01,2027-12-31,NONE,,1937,0.00,,,"Skatteverket: no contributions for employees born 1937 or earlier (socialavgiftslagen 2000:980)"
            2027-01-01,2027-12-31,OLD_AGE_PENSION_ONLY,1938,1959,10.21,,,"Skatteverket: only ålderspensionsavgift from 67 at 1 January (born 1938-1959 in 2027)"
            2027-01-01,2027-12-31,FULL,1960,2003,31.42,,,"Skatteverket: 31.42 % as in 2026, pending the 2027 decision"
            2027-01-01,2027-09-30,YOUTH_REDUCED,2004,2008,20.81,25000.00,31.42,"SFS 2026:100 2 §: born 2004-2008 in 2027, pay paid until 2027-09-30, 20.81 % up to 25 000 kr a month"
            2027-10-01,2027-12-31,FULL,2004,2008,31.42,,,"SFS 2026:100: the youth reduction ends on 2027-09-30"
            2027-01-01,2027-12-31,FULL,2009,,31.42,,,"Skatteverket: 31.42 % (under 18 at 1 January)"
            """;

    private final ReferenceData referenceData;

    DemoReferenceData(ReferenceData referenceData) {
        this.referenceData = referenceData;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void proposeTheComingYear() {
        referenceData.seed();
        if (referenceData.sets().stream().anyMatch(s -> s.kind() == ReferenceDataKind.CONTRIBUTION_RATES && s.year() == 2027))
            return;
        referenceData.propose(ReferenceDataKind.CONTRIBUTION_RATES, 2027, "arbetsgivaravgifter-2027.csv", CONTRIBUTIONS_2027,
                "SFS 2026:100 (ungdomsnedsättningen t.o.m. 2027-09-30); övriga grupper som 2026 i väntan på Skatteverkets besked",
                true, AuditTrail.SYSTEM);
    }
}
