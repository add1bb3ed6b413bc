/**
 * Payroll's dated reference data in the database (issue 17): Skatteverket's monthly tax tables, the one-off
 * (engångsbelopp) table, employer contribution rates, the dated figures (base amounts, AKAP-KR, agreement
 * rates) and the pay calendar — imported or entered per year by administrators (four-eyes), audited, seeded
 * from the files shipped under {@code reference-data/} on first start, and read by the pay rules through
 * their plain-Java types ({@link se.servicekontor.payroll.referencedata.PayReferenceData}).
 */
package se.servicekontor.payroll.referencedata;
