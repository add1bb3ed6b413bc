package se.servicekontor.payroll.payslip;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

import se.servicekontor.shared.Amount;

/**
 * What one employee's payslip (lönespecifikation) of a released run shows. Everything is already decided:
 * the address is empty for a protected identity (skyddad identitet: no address on payslips, DOMAIN.md §3),
 * the personal identity number and the bank account are masked.
 *
 * @param key            stable identity of the document (run and employee): the PDF's file id is derived from it
 * @param producedAt     the run's release time, the PDF's creation date (so regenerating gives the same bytes)
 * @param maskedNumber   personnummer as YYYYMMDD-****
 * @param address        street, postal code and city lines; empty for a protected identity
 * @param taxBasis       e.g. "Tabell 33, kolumn 1" or "30 % (sidoinkomst)"; null when none is on record
 * @param vacationDaysLeft paid vacation days left after this run; null when not known
 * @param maskedAccount  the bank account as "**** 1234"; null when none is registered
 */
public record Payslip(String key, Instant producedAt, String municipality, String employeeName, String maskedNumber,
                      List<String> address, String costCentre, YearMonth period, LocalDate payday, List<Line> lines,
                      Amount gross, Amount tax, Amount netDeductions, Amount net, String taxBasis, Amount yearToDateGross,
                      Amount yearToDateTax, BigDecimal vacationDaysLeft, String maskedAccount) {

    public Payslip {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(producedAt, "producedAt");
        address = List.copyOf(address);
        lines = List.copyOf(lines);
    }

    /**
     * One pay line. {@code quantity} and {@code rate} are null when the run did not record them (a monthly
     * salary, a one-off amount); the column then stays empty.
     */
    public record Line(String text, LocalDate earnedFrom, LocalDate earnedTo, BigDecimal quantity, Amount rate, Amount amount) {
    }

    /** The last four digits of an account, the rest hidden: "**** 1234" (never the full account on a payslip). */
    static String maskAccount(String clearing, String account) {
        String digits = ((clearing == null ? "" : clearing) + (account == null ? "" : account)).replaceAll("[^0-9]", "");
        if (account == null || digits.length() < 5)
            return null;
        return "**** " + digits.substring(digits.length() - 4);
    }
}
