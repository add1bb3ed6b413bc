package se.servicekontor.payroll.salarypayment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import se.servicekontor.payroll.EmployerProperties;
import se.servicekontor.platform.documents.Pain001;
import se.servicekontor.shared.Amount;
import se.servicekontor.shared.SwedishCalendar;

/**
 * The salary payment file's content for a released run, as plain Java: one credit transfer per employee with net
 * pay above zero, category purpose SALA, to the employee's Swedish account as BBAN (clearing number as the clearing
 * system member, the account digits as the id — the Swedish banks' convention), executed on the payday or, when
 * that is not a bank day, the bank day before (DOMAIN.md §3 pay calendar). Every id is derived from the run and
 * the employee, so the same run always gives the same file.
 */
final class SalaryPaymentOrder {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    /** An employee to pay: net pay and the account of the employment the run paid. */
    record Payee(long employeeId, String name, Amount net, String clearing, String account) {
    }

    private SalaryPaymentOrder() {
    }

    /** "LON-202611-R42": the run's message id (at most 35 characters). */
    static String messageId(YearMonth period, long payRunId) {
        return "LON-" + period.toString().replace("-", "") + "-R" + payRunId;
    }

    /** The payday or, if the bank is closed then, the bank day before. */
    static LocalDate executionDate(LocalDate payday) {
        return SwedishCalendar.instance().bankDayOnOrBefore(payday);
    }

    /**
     * The order; employees with net ≤ 0 get no payment (a negative net is a salary debt, handled in Löneskulder).
     *
     * @throws MissingAccounts when an employee to pay has no account on record (the pay run's error list should
     *                         have stopped the run)
     */
    static Pain001.Order order(long payRunId, YearMonth period, LocalDate payday, Instant releasedAt, EmployerProperties employer,
                               List<Payee> payees) {
        LocalDate date = executionDate(payday);
        String messageId = messageId(period, payRunId);
        List<Payee> paid = payees.stream().filter(p -> p.net().isPositive()).toList();
        List<String> missing = paid.stream().filter(p -> digits(p.clearing()).isEmpty() || digits(p.account()).isEmpty())
                .map(p -> p.name() + " (" + p.employeeId() + ")").toList();
        if (!missing.isEmpty())
            throw new MissingAccounts(missing);
        List<Pain001.Payment> payments = paid.stream().map(p -> new Pain001.Payment("LON" + payRunId + "-" + p.employeeId(), date, p.net(),
                p.name(), new Pain001.SwedishAccount(digits(p.clearing()), digits(p.account())),
                Pain001.Remittance.text("Lön " + period))).toList();
        return new Pain001.Order(messageId, releasedAt.atZone(STOCKHOLM).toLocalDateTime().withNano(0), "SALA",
                new Pain001.Debtor(employer.name(), employer.organisationNumber(), employer.bankIban(), employer.bankBic()), payments);
    }

    private static String digits(String text) {
        return text == null ? "" : text.replaceAll("[^0-9]", "");
    }

    /** Employees with net pay but no bank account: the file is not written until they have one. */
    static final class MissingAccounts extends RuntimeException {
        MissingAccounts(List<String> employees) {
            super("Lönefilen kan inte skapas: " + employees.size() + " anställda med lön att betala saknar bankkonto: "
                    + String.join(", ", employees.subList(0, Math.min(10, employees.size()))));
        }
    }
}
