package se.servicekontor.payroll.declaration;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.servicekontor.payroll.EmployerProperties;
import se.servicekontor.platform.audit.AuditTrail;
import se.servicekontor.platform.documents.ProducedFiles;
import se.servicekontor.shared.Amount;

/**
 * Builds a payment month's AGI from its latest released run, archives it (kind {@code agi}) and records what was
 * declared per payee. The first declaration of the month carries every payee; a later one (the month's figures
 * changed) is a correction: a new HU and replacement IUs only for the payees whose figures changed.
 */
@Service
public class EmployerDeclarations {

    public static final String KIND = "agi";
    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    /** A declaration of a month as the Utbetalning page shows it. */
    public record Declaration(long id, YearMonth period, int seq, String kind, long producedFileId, int individuals, long contributions,
                              long tax, LocalDate dueDate) {
    }

    private final JdbcClient jdbc;
    private final ProducedFiles files;
    private final EmployerProperties employer;
    private final AuditTrail audit;
    private final Clock clock;

    EmployerDeclarations(JdbcClient jdbc, ProducedFiles files, EmployerProperties employer, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.files = files;
        this.employer = employer;
        this.audit = audit;
        this.clock = clock;
    }

    public List<Declaration> declarations(YearMonth period) {
        return jdbc.sql("""
                SELECT id, period, seq, kind, produced_file_id, individuals, contributions, tax, due_date FROM agi_declaration
                WHERE period = ? ORDER BY seq""").param(period.toString())
                .query((rs, n) -> new Declaration(rs.getLong(1), YearMonth.parse(rs.getString(2).strip()), rs.getInt(3), rs.getString(4),
                        rs.getLong(5), rs.getInt(6), rs.getLong(7), rs.getLong(8), rs.getObject(9, LocalDate.class)))
                .list();
    }

    /**
     * Declares the month: the first time everything, later only what changed. Empty when nothing changed since the
     * last declaration (or no run of the month is released).
     */
    @Transactional
    public Optional<Declaration> declare(YearMonth period, String actor) {
        Optional<Long> run = jdbc.sql("SELECT max(id) FROM pay_run WHERE period = ? AND status = 'RELEASED'").param(period.toString())
                .query(Long.class).optional();
        if (run.isEmpty())
            return Optional.empty();
        List<EmployerDeclaration.Individual> current = current(run.get());
        List<EmployerDeclaration.Individual> declared = declared(period);
        List<EmployerDeclaration.Individual> toDeclare = EmployerDeclaration.toDeclare(current, declared);
        if (toDeclare.isEmpty())
            return Optional.empty();
        boolean correction = !declared.isEmpty();
        // HU: the month's totals (Skatteverket computes the contributions per age group on the summed basis, rounded down)
        Object[] sums = jdbc.sql("SELECT coalesce(sum(employer_contributions), 0), coalesce(sum(tax), 0) FROM pay_run_employee WHERE pay_run_id = ?")
                .param(run.get()).query((rs, n) -> new Object[] {new Amount(rs.getBigDecimal(1)), new Amount(rs.getBigDecimal(2))}).single();
        EmployerDeclaration.Totals totals = new EmployerDeclaration.Totals(((Amount) sums[0]).wholeKronorDown(),
                current.stream().mapToLong(EmployerDeclaration.Individual::tax).sum());
        Instant created = correction ? clock.instant()
                : jdbc.sql("SELECT released_at FROM pay_run WHERE id = ?").param(run.get()).query(OffsetDateTime.class).single().toInstant();
        byte[] xml = EmployerDeclaration.xml(employer, period, created.atZone(STOCKHOLM).toLocalDateTime(), totals, toDeclare);
        List<String> problems = AgiStructure.check(xml, !correction);
        if (!problems.isEmpty())
            throw new IllegalStateException("AGI för " + period + " klarar inte strukturkontrollen: " + problems);
        int seq = declarations(period).size() + 1;
        ProducedFiles.ProducedFile file = files.store(KIND, period.toString(), "agi-" + period + "-" + seq + ".xml", xml, actor);
        LocalDate due = EmployerDeclaration.dueDate(period);
        long id = jdbc.sql("""
                INSERT INTO agi_declaration (period, seq, kind, produced_file_id, individuals, contributions, tax, due_date, created_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(period.toString(), seq, correction ? "CORRECTION" : "ORIGINAL", file.id(), toDeclare.size(), totals.contributions(),
                        totals.tax(), due, actor, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .query(Long.class).single();
        for (EmployerDeclaration.Individual i : toDeclare) {
            jdbc.sql("DELETE FROM agi_individual WHERE period = ? AND employee_id = ?").params(period.toString(), i.employeeId()).update();
            jdbc.sql("""
                    INSERT INTO agi_individual (period, employee_id, specification_number, cash_pay, tax, benefits, declaration_id)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""")
                    .params(period.toString(), i.employeeId(), i.specificationNumber(), i.cashPay(), i.tax(), i.benefits(), id).update();
        }
        audit.record(actor, "payroll.agi.declared", "AGI " + period, "",
                (correction ? "Rättelse: " : "") + toDeclare.size() + " individuppgifter, arbetsgivaravgifter " + totals.contributions()
                        + " kr, skatt " + totals.tax() + " kr, förfaller " + due);
        return declarations(period).stream().filter(d -> d.id() == id).findFirst();
    }

    /**
     * The run's payees in whole kronor (öre dropped): 011 = taxable gross (cash pay, the contribution basis), 001 = tax;
     * 570 = the employee id, stable per payee.
     */
    private List<EmployerDeclaration.Individual> current(long payRunId) {
        return jdbc.sql("""
                SELECT e.employee_id, p.personal_identity_number, e.gross, e.tax FROM pay_run_employee e
                JOIN payroll_employee p ON p.id = e.employee_id WHERE e.pay_run_id = ? ORDER BY e.employee_id""")
                .param(payRunId)
                .query((rs, n) -> new EmployerDeclaration.Individual(rs.getLong(1), rs.getString(2).strip(), rs.getLong(1),
                        new Amount(rs.getBigDecimal(3)).wholeKronorDown(), new Amount(rs.getBigDecimal(4)).wholeKronorDown(), 0))
                .list();
    }

    private List<EmployerDeclaration.Individual> declared(YearMonth period) {
        return jdbc.sql("""
                SELECT a.employee_id, p.personal_identity_number, a.specification_number, a.cash_pay, a.tax, a.benefits
                FROM agi_individual a JOIN payroll_employee p ON p.id = a.employee_id WHERE a.period = ? ORDER BY a.employee_id""")
                .param(period.toString())
                .query((rs, n) -> new EmployerDeclaration.Individual(rs.getLong(1), rs.getString(2).strip(), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5), rs.getLong(6)))
                .list();
    }
}
