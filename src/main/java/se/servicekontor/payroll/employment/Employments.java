package se.servicekontor.payroll.employment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import se.servicekontor.platform.audit.AuditTrail;
import se.servicekontor.shared.Amount;

/**
 * Employees, employments, salary history and the dated history of the employment rate (tjänstgöringsgrad: the
 * employment's rate from its start date plus dated changes on top, {@link EmploymentView#rateOn}). Saving is an upsert by natural key (personnummer;
 * employee + start date; employment + salary date; employment + rate date) that writes only what changed and records each
 * change in the audit trail, before → after — so the same import twice changes nothing.
 */
@Repository
public class Employments {

    /** An employee as lists show them. */
    public record EmployeeSummary(long id, String personalIdentityNumber, String firstName, String lastName,
                                  boolean protectedIdentity, int employments) {
        public String maskedNumber() {
            return personalIdentityNumber.substring(0, 8) + "-****";
        }

        public String number() {
            return personalIdentityNumber.substring(0, 8) + "-" + personalIdentityNumber.substring(8);
        }
    }

    /**
     * One employment with its tax decision, bank account, salary history and rate history (both newest first).
     *
     * @param employmentRate the employment rate from the start date; later dated changes are in {@code rateHistory}
     */
    public record EmploymentView(long id, String costCentre, LocalDate startDate, LocalDate endDate, EmploymentForm form,
                                 BigDecimal employmentRate, BigDecimal weeklyHours, TaxKind taxKind, Integer taxTable,
                                 Integer taxColumn, BigDecimal taxPercent, String taxDecisionRef, String clearingNumber,
                                 String accountNumber, BigDecimal vacationBalance, String pensionPlan,
                                 List<SalaryChange> salaryHistory, List<RateChange> rateHistory, int workDaysPerWeek) {

        /** The employment rate in force on the day: the latest dated change on or before it, else the rate from the start. */
        public BigDecimal rateOn(LocalDate day) {
            return rateHistory.stream().filter(r -> !r.validFrom().isAfter(day)).findFirst().map(RateChange::rate)
                    .orElse(employmentRate);
        }

        /**
         * The rate the employee page shows on {@code today}: the rate in force today; for an ended employment the rate at
         * its end date; for one that has not started the rate it starts with.
         */
        public ShownRate shownRate(LocalDate today) {
            if (today.isBefore(startDate))
                return new ShownRate(employmentRate, ShownRate.When.FROM_START, startDate);
            if (endDate != null && today.isAfter(endDate))
                return new ShownRate(rateOn(endDate), ShownRate.When.AT_END, endDate);
            return new ShownRate(rateOn(today), ShownRate.When.TODAY, today);
        }
    }

    /** An employment rate and the day it is shown for: today, the end of the employment or its start. */
    public record ShownRate(BigDecimal rate, When when, LocalDate day) {
        public enum When { TODAY, AT_END, FROM_START }
    }

    /** An employment rate (percent of full time) from a date after the employment's start. */
    public record RateChange(LocalDate validFrom, BigDecimal rate, String recordedBy, OffsetDateTime recordedAt) {
    }

    /** A salary from a date. */
    public record SalaryChange(LocalDate validFrom, Amount amount, String recordedBy, OffsetDateTime recordedAt) {
    }

    /** An employee with address and employments. */
    public record EmployeeView(long id, String personalIdentityNumber, String firstName, String lastName,
                               String streetAddress, String postalCode, String city, boolean protectedIdentity,
                               List<EmploymentView> employments) {
    }

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    Employments(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Saves one row: creates or updates the employee, the employment, the salary from its date and the row's dated
     * employment rate, if any ({@link #saveRate}).
     */
    @Transactional
    void save(EmploymentRow row, String actor) {
        String pin = row.person().twelveDigits();
        String subject;
        Optional<Map<String, Object>> existing = jdbc.sql("""
                SELECT id, first_name, last_name, street_address, postal_code, city, protected_identity
                FROM payroll_employee WHERE personal_identity_number = ?""").param(pin).query().listOfRows().stream().findFirst();
        long employeeId;
        if (existing.isEmpty()) {
            var keys = new GeneratedKeyHolder();
            jdbc.sql("""
                    INSERT INTO payroll_employee (personal_identity_number, first_name, last_name, street_address, postal_code, city, protected_identity)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""")
                    .params(pin, row.firstName(), row.lastName(), row.streetAddress(), row.postalCode(), row.city(), row.protectedIdentity())
                    .update(keys, "id");
            employeeId = keys.getKey().longValue();
            subject = auditSubject(row.person().masked(), row.protectedIdentity(), employeeId);
            audit.record(actor, "payroll.employee.created", subject, null, row.employeeText());
        } else {
            Map<String, Object> e = existing.get();
            employeeId = ((Number) e.get("id")).longValue();
            subject = auditSubject(row.person().masked(), row.protectedIdentity() || Boolean.TRUE.equals(e.get("protected_identity")), employeeId);
            EmploymentRow before = new EmploymentRow(row.person(), (String) e.get("first_name"), (String) e.get("last_name"),
                    (String) e.get("street_address"), (String) e.get("postal_code"), (String) e.get("city"),
                    (Boolean) e.get("protected_identity"), null, null, null, null, null, null, null, null, null, null, null,
                    null, null, null, null, null);
            if (!before.employeeText().equals(row.employeeText())) {
                jdbc.sql("""
                        UPDATE payroll_employee SET first_name = ?, last_name = ?, street_address = ?, postal_code = ?, city = ?, protected_identity = ?
                        WHERE id = ?""")
                        .params(row.firstName(), row.lastName(), row.streetAddress(), row.postalCode(), row.city(),
                                row.protectedIdentity(), employeeId).update();
                audit.record(actor, "payroll.employee.changed", subject, before.employeeText(), row.employeeText());
            }
        }
        long employmentId = saveEmployment(employeeId, row, actor, subject);
        saveSalary(employmentId, row.salaryFrom(), row.salary(), actor, subject);
        if (row.rateChange() != null)
            saveRate(employmentId, row.rateChange().validFrom(), row.rateChange().rate(), actor,
                    subject + " anställning från " + row.startDate());
    }

    private long saveEmployment(long employeeId, EmploymentRow row, String actor, String subject) {
        String after = employmentText(row.costCentre(), row.endDate(), row.form(), row.employmentRate(), row.weeklyHours(),
                row.taxKind(), row.taxTable(), row.taxColumn(), row.taxPercent(), row.taxDecisionRef(),
                row.bankAccount() == null ? null : row.bankAccount().clearing(),
                row.bankAccount() == null ? null : row.bankAccount().account(), row.vacationBalance(), row.pensionPlan());
        Optional<EmploymentView> existing = employments(employeeId, row.startDate());
        String employmentSubject = subject + " anställning från " + row.startDate();
        if (existing.isEmpty()) {
            var keys = new GeneratedKeyHolder();
            jdbc.sql("""
                    INSERT INTO employment (employee_id, cost_centre_code, start_date, end_date, form, employment_rate, weekly_hours,
                        tax_kind, tax_table, tax_column, tax_percent, tax_decision_ref, clearing_number, account_number, vacation_balance, pension_plan)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(employeeId, row.costCentre(), row.startDate(), row.endDate(), row.form().name(), row.employmentRate(),
                            row.weeklyHours(), row.taxKind() == null ? null : row.taxKind().name(), row.taxTable(), row.taxColumn(),
                            row.taxPercent(), row.taxDecisionRef(), row.bankAccount() == null ? null : row.bankAccount().clearing(),
                            row.bankAccount() == null ? null : row.bankAccount().account(), row.vacationBalance(), row.pensionPlan())
                    .update(keys, "id");
            long id = keys.getKey().longValue();
            audit.record(actor, "payroll.employment.created", employmentSubject, null, after);
            return id;
        }
        EmploymentView e = existing.get();
        String before = employmentText(e.costCentre(), e.endDate(), e.form(), e.employmentRate(), e.weeklyHours(), e.taxKind(),
                e.taxTable(), e.taxColumn(), e.taxPercent(), e.taxDecisionRef(), e.clearingNumber(), e.accountNumber(),
                e.vacationBalance(), e.pensionPlan());
        if (!before.equals(after)) {
            requireOpenEndDate(e.endDate(), row.endDate());
            requireUnpaidStartRate(e, row.employmentRate());
            jdbc.sql("""
                    UPDATE employment SET cost_centre_code = ?, end_date = ?, form = ?, employment_rate = ?, weekly_hours = ?,
                        tax_kind = ?, tax_table = ?, tax_column = ?, tax_percent = ?, tax_decision_ref = ?, clearing_number = ?,
                        account_number = ?, vacation_balance = ?, pension_plan = ? WHERE id = ?""")
                    .params(row.costCentre(), row.endDate(), row.form().name(), row.employmentRate(), row.weeklyHours(),
                            row.taxKind() == null ? null : row.taxKind().name(), row.taxTable(), row.taxColumn(), row.taxPercent(),
                            row.taxDecisionRef(), row.bankAccount() == null ? null : row.bankAccount().clearing(),
                            row.bankAccount() == null ? null : row.bankAccount().account(), row.vacationBalance(), row.pensionPlan(), e.id())
                    .update();
            audit.record(actor, "payroll.employment.changed", employmentSubject, before, after);
        }
        return e.id();
    }

    /**
     * Records the salary from a date (backdated allowed, also into a released month: the next pay run pays the difference as
     * retroactive pay); audited; the same salary from the same date again changes nothing.
     */
    @Transactional
    public void saveSalary(long employmentId, LocalDate validFrom, Amount amount, String actor, String subject) {
        Optional<Amount> current = jdbc.sql("SELECT amount FROM salary_change WHERE employment_id = ? AND valid_from = ?")
                .params(employmentId, validFrom).query(BigDecimal.class).optional().map(Amount::new);
        String what = subject + " lön från " + validFrom;
        // A salary change may be dated in a released (locked) month, e.g. the yearly pay review decided after its 1 April
        // start: the released months stay as they are and the next pay run pays the difference as retroactive pay (RetroPay).
        if (current.isEmpty()) {
            jdbc.sql("INSERT INTO salary_change (employment_id, valid_from, amount, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?)")
                    .params(employmentId, validFrom, amount.value(), actor, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                    .update();
            audit.record(actor, "payroll.salary.created", what, null, amount.toString());
        } else if (!current.get().equals(amount)) {
            jdbc.sql("UPDATE salary_change SET amount = ?, recorded_by = ?, recorded_at = ? WHERE employment_id = ? AND valid_from = ?")
                    .params(amount.value(), actor, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), employmentId, validFrom)
                    .update();
            audit.record(actor, "payroll.salary.changed", what, current.get().toString(), amount.toString());
        }
    }

    /**
     * Records the employment rate from a date after the employment's start (backdated allowed, also into a released month
     * exactly as a salary: the next pay run pays the difference as retroactive pay); audited; the same rate from the same
     * date again changes nothing.
     */
    @Transactional
    public void saveRate(long employmentId, LocalDate validFrom, BigDecimal rate, String actor, String subject) {
        EmploymentView e = employment(employmentId).orElseThrow();
        if (!validFrom.isAfter(e.startDate()))
            throw new IllegalArgumentException("A dated rate change must start after the employment's start " + e.startDate()
                    + "; the rate from the start is the employment's own");
        if (rate.signum() <= 0 || rate.compareTo(BigDecimal.valueOf(100)) > 0)
            throw new IllegalArgumentException("An employment rate is above 0 and at most 100 %, was " + rate.toPlainString());
        Optional<BigDecimal> current = jdbc.sql("SELECT employment_rate FROM employment_rate_change WHERE employment_id = ? AND valid_from = ?")
                .params(employmentId, validFrom).query(BigDecimal.class).optional();
        String what = subject + " tjänstgöringsgrad från " + validFrom;
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        // Dated in a released (locked) month is allowed, as for salary: released months stay as they are and the next pay run
        // pays the difference (RetroPay with the rate history).
        if (current.isEmpty()) {
            jdbc.sql("INSERT INTO employment_rate_change (employment_id, valid_from, employment_rate, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?)")
                    .params(employmentId, validFrom, rate, actor, now).update();
            audit.record(actor, "payroll.rate.created", what, plain(e.rateOn(validFrom)) + " %", plain(rate) + " %");
        } else if (current.get().compareTo(rate) != 0) {
            jdbc.sql("UPDATE employment_rate_change SET employment_rate = ?, recorded_by = ?, recorded_at = ? WHERE employment_id = ? AND valid_from = ?")
                    .params(rate, actor, now, employmentId, validFrom).update();
            audit.record(actor, "payroll.rate.changed", what, plain(current.get()) + " %", plain(rate) + " %");
        }
    }

    /** Updates the editable parts of an employment (the edit form); audited before → after. */
    @Transactional
    public void update(long employmentId, EmploymentEdit edit, String actor) {
        EmploymentView e = employment(employmentId).orElseThrow();
        String before = employmentText(e.costCentre(), e.endDate(), e.form(), e.employmentRate(), e.weeklyHours(), e.taxKind(),
                e.taxTable(), e.taxColumn(), e.taxPercent(), e.taxDecisionRef(), e.clearingNumber(), e.accountNumber(),
                e.vacationBalance(), e.pensionPlan());
        String after = employmentText(edit.costCentre(), edit.endDate(), e.form(), edit.employmentRate(), edit.weeklyHours(),
                edit.taxKind(), edit.taxTable(), edit.taxColumn(), edit.taxPercent(), edit.taxDecisionRef(),
                edit.clearingNumber(), edit.accountNumber(), edit.vacationBalance(), e.pensionPlan());
        // the work schedule (issue 12): days a week from Monday; null keeps it
        int days = edit.workDaysPerWeek() == null ? e.workDaysPerWeek() : edit.workDaysPerWeek();
        before += ", arbetsdagar/vecka=" + e.workDaysPerWeek();
        after += ", arbetsdagar/vecka=" + days;
        if (before.equals(after))
            return;
        requireOpenEndDate(e.endDate(), edit.endDate());
        requireUnpaidStartRate(e, edit.employmentRate());
        jdbc.sql("""
                UPDATE employment SET cost_centre_code = ?, end_date = ?, employment_rate = ?, weekly_hours = ?, tax_kind = ?,
                    tax_table = ?, tax_column = ?, tax_percent = ?, tax_decision_ref = ?, clearing_number = ?, account_number = ?,
                    vacation_balance = ?, work_days_per_week = ?
                WHERE id = ?""")
                .params(edit.costCentre(), edit.endDate(), edit.employmentRate(), edit.weeklyHours(),
                        edit.taxKind() == null ? null : edit.taxKind().name(), edit.taxTable(), edit.taxColumn(), edit.taxPercent(),
                        edit.taxDecisionRef(), edit.clearingNumber(), edit.accountNumber(), edit.vacationBalance(), days, employmentId)
                .update();
        audit.record(actor, "payroll.employment.changed", "anställning " + employmentId, before, after);
    }

    /**
     * Changes an employee's name, address and protected flag (the edit form); audited before → after.
     * For a protected person the form shows no address, so blank address fields keep the stored one.
     */
    @Transactional
    public void updateEmployee(long id, EmployeeEditForm edit, String actor) {
        EmployeeView e = employee(id, true).orElseThrow();
        boolean keepAddress = e.protectedIdentity() && edit.getStreetAddress() == null && blank(edit.getPostalCode()) && edit.getCity() == null;
        String street = keepAddress ? e.streetAddress() : edit.getStreetAddress();
        String postal = keepAddress ? e.postalCode() : blank(edit.getPostalCode()) ? null : edit.getPostalCode();
        String city = keepAddress ? e.city() : edit.getCity();
        String before = employeeText(e.firstName(), e.lastName(), e.streetAddress(), e.postalCode(), e.city(), e.protectedIdentity());
        String after = employeeText(edit.getFirstName(), edit.getLastName(), street, postal, city, edit.isProtectedIdentity());
        boolean addressChanged = !java.util.Objects.equals(street, e.streetAddress()) || !java.util.Objects.equals(postal, e.postalCode())
                || !java.util.Objects.equals(city, e.city());
        if (before.equals(after) && !addressChanged)
            return;
        jdbc.sql("""
                UPDATE payroll_employee SET first_name = ?, last_name = ?, street_address = ?, postal_code = ?, city = ?, protected_identity = ?
                WHERE id = ?""")
                .params(edit.getFirstName(), edit.getLastName(), street, postal, city, edit.isProtectedIdentity(), id).update();
        audit.record(actor, "payroll.employee.changed", auditSubject(e.personalIdentityNumber().substring(0, 8) + "-****",
                        e.protectedIdentity() || edit.isProtectedIdentity(), id), before,
                after + (addressChanged && (e.protectedIdentity() || edit.isProtectedIdentity()) ? "; adress ändrad" : ""));
    }

    /**
     * The rate from the start date may change only while no released pay run has paid the employment: after that the paid
     * months would change without retroactive pay, so a new rate is recorded from a date instead ({@link #saveRate}).
     */
    private void requireUnpaidStartRate(EmploymentView e, BigDecimal rate) {
        if (rate == null || e.employmentRate().compareTo(rate) == 0)
            return;
        if (jdbc.sql("SELECT count(*) FROM pay_line l JOIN pay_run r ON r.id = l.pay_run_id WHERE l.employment_id = ? AND r.status = 'RELEASED'")
                .param(e.id()).query(Long.class).single() > 0)
            throw new LockedPayPeriodChange("Tjänstgöringsgraden från anställningens början är redan utbetald och kan inte ändras. "
                    + "Registrera den nya graden från ett datum i stället (Ändra tjänstgöringsgrad från datum).");
    }

    /** A changed end date may not fall in (or move out of) a locked pay period: its pay is released. */
    private void requireOpenEndDate(LocalDate before, LocalDate after) {
        if (Objects.equals(before, after))
            return;
        requireOpenPeriod(before, "Slutdatumet " + before + " kan inte ändras");
        requireOpenPeriod(after, "Slutdatumet kan inte sättas till " + after);
    }

    /**
     * Refuses a change dated in a locked pay period (its final pay run is released): after release nothing in
     * the period changes; corrections go into the next period.
     */
    private void requireOpenPeriod(LocalDate date, String what) {
        if (date == null)
            return;
        String period = java.time.YearMonth.from(date).toString();
        if (jdbc.sql("SELECT count(*) FROM pay_period WHERE period = ? AND locked_pay_run_id IS NOT NULL").param(period)
                .query(Long.class).single() > 0)
            throw new LockedPayPeriodChange(what + ": löneperioden " + period
                    + " är låst eftersom lönen är attesterad. Rättelser görs i nästa period.");
    }

    /**
     * The payment month is paid: its final pay run is released and the period locked (issue 18 item 19, so a form can say
     * what happens to a change dated in it).
     */
    public boolean isPaid(java.time.YearMonth payMonth) {
        return jdbc.sql("SELECT count(*) FROM pay_period WHERE period = ? AND locked_pay_run_id IS NOT NULL").param(payMonth.toString())
                .query(Long.class).single() > 0;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** The audited text: never a protected person's name or address (issue 16). */
    static String employeeText(String first, String last, String street, String postal, String city, boolean protectedIdentity) {
        return protectedIdentity ? "namn=(skyddad); adress=(skyddad); skyddad=true"
                : "namn=" + first + " " + last + "; adress=" + street + ", " + postal + " " + city + "; skyddad=false";
    }

    /** Who an audit entry is about: for a protected identity the internal id, never the birth date (issue 16). */
    static String auditSubject(String maskedNumber, boolean protectedIdentity, long employeeId) {
        return protectedIdentity ? "anställd med skyddad identitet, id " + employeeId : "anställd " + maskedNumber;
    }

    public long countEmployees() {
        return jdbc.sql("SELECT count(*) FROM payroll_employee").query(Long.class).single();
    }

    /** Employments in force on the date (started, not ended). */
    public long countActiveEmployments(LocalDate on) {
        return jdbc.sql("SELECT count(*) FROM employment WHERE start_date <= ? AND (end_date IS NULL OR end_date >= ?)")
                .params(on, on).query(Long.class).single();
    }

    /**
     * Employees whose name or personnummer matches, by last name. Protected identities are left out
     * unless {@code includeProtected}: for those who may not see them they do not exist.
     */
    public List<EmployeeSummary> search(String query, boolean includeProtected, int limit) {
        String q = query == null ? "" : query.strip().toLowerCase(java.util.Locale.ROOT);
        String digits = q.replaceAll("[^0-9]", "");
        String like = "%" + q.replace("%", "").replace("_", "") + "%";
        return jdbc.sql("""
                SELECT e.id, e.personal_identity_number, e.first_name, e.last_name, e.protected_identity,
                       (SELECT count(*) FROM employment m WHERE m.employee_id = e.id) AS employments
                FROM payroll_employee e
                WHERE (? = '' OR lower(e.first_name || ' ' || e.last_name) LIKE ? OR lower(e.last_name || ' ' || e.first_name) LIKE ?
                       OR (? <> '' AND (e.personal_identity_number LIKE ? OR substring(e.personal_identity_number, 3) LIKE ?)))
                  AND (? OR e.protected_identity = FALSE)
                ORDER BY e.last_name, e.first_name, e.id LIMIT ?""")
                .params(q, like, like, digits, digits + "%", digits + "%", includeProtected, limit)
                .query((rs, n) -> new EmployeeSummary(rs.getLong(1), rs.getString(2).strip(), rs.getString(3), rs.getString(4),
                        rs.getBoolean(5), rs.getInt(6)))
                .list();
    }

    /** One employee with employments and salary history; a protected one only when {@code includeProtected}. */
    public Optional<EmployeeView> employee(long id, boolean includeProtected) {
        return jdbc.sql("""
                SELECT id, personal_identity_number, first_name, last_name, street_address, postal_code, city, protected_identity
                FROM payroll_employee WHERE id = ? AND (? OR protected_identity = FALSE)""")
                .params(id, includeProtected)
                .query((rs, n) -> new EmployeeView(rs.getLong(1), rs.getString(2).strip(), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getBoolean(8), List.of()))
                .optional()
                .map(e -> new EmployeeView(e.id(), e.personalIdentityNumber(), e.firstName(), e.lastName(), e.streetAddress(),
                        e.postalCode(), e.city(), e.protectedIdentity(), employmentsOf(e.id())));
    }

    public Optional<EmploymentView> employment(long employmentId) {
        return query("WHERE id = ?", employmentId).stream().findFirst();
    }

    /** The employee with this personnummer (12 digits), if registered. */
    Optional<Long> employeeWithNumber(String twelveDigits) {
        return jdbc.sql("SELECT id FROM payroll_employee WHERE personal_identity_number = ?").param(twelveDigits)
                .query(Long.class).optional();
    }

    /** Whether the employee already has an employment from this date (the natural key of an employment). */
    boolean hasEmploymentFrom(long employeeId, LocalDate start) {
        return employments(employeeId, start).isPresent();
    }

    /** The employee an employment belongs to. */
    public Optional<Long> employeeOf(long employmentId) {
        return jdbc.sql("SELECT employee_id FROM employment WHERE id = ?").param(employmentId).query(Long.class).optional();
    }

    private List<EmploymentView> employmentsOf(long employeeId) {
        return query("WHERE employee_id = ? ORDER BY start_date", employeeId);
    }

    private Optional<EmploymentView> employments(long employeeId, LocalDate start) {
        return query("WHERE employee_id = ? AND start_date = ?", employeeId, start).stream().findFirst();
    }

    private List<EmploymentView> query(String where, Object... params) {
        return jdbc.sql("""
                SELECT id, cost_centre_code, start_date, end_date, form, employment_rate, weekly_hours, tax_kind, tax_table,
                       tax_column, tax_percent, tax_decision_ref, clearing_number, account_number, vacation_balance, pension_plan,
                       work_days_per_week
                FROM employment""" + " " + where)
                .params(params)
                .query((rs, n) -> new EmploymentView(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class), EmploymentForm.valueOf(rs.getString(5)), rs.getBigDecimal(6),
                        rs.getBigDecimal(7), rs.getString(8) == null ? null : TaxKind.valueOf(rs.getString(8)),
                        (Integer) rs.getObject(9), (Integer) rs.getObject(10), rs.getBigDecimal(11), rs.getString(12),
                        rs.getString(13), rs.getString(14), rs.getBigDecimal(15), rs.getString(16), List.of(), List.of(), rs.getInt(17)))
                .list().stream()
                .map(e -> new EmploymentView(e.id(), e.costCentre(), e.startDate(), e.endDate(), e.form(), e.employmentRate(),
                        e.weeklyHours(), e.taxKind(), e.taxTable(), e.taxColumn(), e.taxPercent(), e.taxDecisionRef(),
                        e.clearingNumber(), e.accountNumber(), e.vacationBalance(), e.pensionPlan(), salaryHistory(e.id()),
                        rateHistory(e.id()), e.workDaysPerWeek()))
                .toList();
    }

    private List<SalaryChange> salaryHistory(long employmentId) {
        return jdbc.sql("SELECT valid_from, amount, recorded_by, recorded_at FROM salary_change WHERE employment_id = ? ORDER BY valid_from DESC")
                .param(employmentId)
                .query((rs, n) -> new SalaryChange(rs.getObject(1, LocalDate.class), new Amount(rs.getBigDecimal(2)),
                        rs.getString(3), rs.getObject(4, OffsetDateTime.class)))
                .list();
    }

    private List<RateChange> rateHistory(long employmentId) {
        return jdbc.sql("SELECT valid_from, employment_rate, recorded_by, recorded_at FROM employment_rate_change WHERE employment_id = ? ORDER BY valid_from DESC")
                .param(employmentId)
                .query((rs, n) -> new RateChange(rs.getObject(1, LocalDate.class), rs.getBigDecimal(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class)))
                .list();
    }

    /** The audited text of an employment; BigDecimals by plain value so 100 and 100.00 compare equal. */
    private static String employmentText(String costCentre, LocalDate end, EmploymentForm form, BigDecimal rate,
                                         BigDecimal hours, TaxKind taxKind, Integer table, Integer column, BigDecimal percent,
                                         String ref, String clearing, String account, BigDecimal vacation, String pension) {
        return "ansvar=" + costCentre + "; till=" + Objects.toString(end, "") + "; form=" + form + "; grad=" + plain(rate)
                + "; veckotimmar=" + plain(hours) + "; skatt=" + Objects.toString(taxKind, "") + " " + Objects.toString(table, "")
                + "/" + Objects.toString(column, "") + " " + plain(percent) + " " + Objects.toString(ref, "")
                + "; konto=" + Objects.toString(clearing, "") + "," + Objects.toString(account, "")
                + "; sparad semester=" + plain(vacation) + "; pension=" + pension;
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
