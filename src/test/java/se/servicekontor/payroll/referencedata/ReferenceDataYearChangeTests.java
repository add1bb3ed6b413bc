package se.servicekontor.payroll.referencedata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import se.servicekontor.organization.OrganisationTestConfiguration;
import se.servicekontor.payroll.PayRunId;
import se.servicekontor.payroll.payrun.PayRuns;
import se.servicekontor.payroll.payrun.ReferenceDataMissing;
import se.servicekontor.payroll.payrun.TestPayRuns;
import se.servicekontor.platform.audit.AuditTrail;
import se.servicekontor.testing.PostgresTest;

/**
 * Issue 17 on PostgreSQL: January 2027 is refused once while its reference data is missing; an administrator imports a 2027
 * tax-table file (made from the 2026 file, see {@link TestTaxTableFiles}: every kronor row + 100 kr), proposes the 2027
 * contribution rates, one-off table and base amounts, a second administrator confirms them, and the January run calculates
 * tax equal to a hand lookup in that file. A corrected file replaces the year's tables until a released run used them.
 * Every broken file is refused with its line and nothing is stored.
 */
@PostgresTest
@Import(OrganisationTestConfiguration.class)
@TestPropertySource(properties = "servicekontor.test.context=reference-data-year-change") // a database of its own
class ReferenceDataYearChangeTests {

    static final YearMonth JANUARY_2027 = YearMonth.of(2027, 1);

    @Autowired ReferenceData referenceData;
    @Autowired PayRuns payRuns;
    @Autowired JdbcClient jdbc;
    @Autowired JobRepository jobRepository;
    @Autowired AuditTrail audit;
    @Autowired org.springframework.context.MessageSource messages;

    @Test
    void januaryIsRefusedOnceThenImportedConfirmedCalculatedAndOnlyCorrectedBeforeARelease() {
        long anna = employment("19800101123", "Anna", "35000", 33);
        long bo = employment("19750202234", "Bo", "45000", 32);

        // 1. Nothing for 2027 yet: one refusal naming every kind that is missing, and no run is created
        ReferenceDataMissing refused = catchThrowableOfType(ReferenceDataMissing.class, () -> payRuns.startPreliminary(JANUARY_2027, "lon1"));
        assertThat(refused.missing()).extracting(ReferenceData.Missing::key).containsExactly("referencedata.missing.taxTables",
                "referencedata.missing.contributions", "referencedata.missing.oneOff", "referencedata.missing.values");
        assertThat(refused.missing().get(3).args().get(1).toString()).contains("base.incomeBaseAmount", "base.priceBaseAmount");
        assertThat(runsOf(JANUARY_2027)).isZero();

        // 2. Import; the same file again changes nothing
        ReferenceData.Proposal imported = referenceData.importTaxTables(2027, "allmanna-tabeller-manad-2027.txt",
                TestTaxTableFiles.bytes(TestTaxTableFiles.lines2027(100)), "adm1");
        assertThat(imported.alreadyThere()).isFalse();
        ReferenceData.TaxTablePreview preview = referenceData.taxTablePreview(imported.id());
        assertThat(preview.rowsPerTable()).hasSize(14).containsEntry(33, preview.lastYearRows().get(33));
        // Table 33 column 1 at 35 000 kr: 7 134 (2026) + 100 = 7 234 beside last year's 7 134
        assertThat(preview.samples()).contains(new ReferenceData.Sample(33, 1, 35_000, 7_234, 7_134L));
        ReferenceData.Proposal again = referenceData.importTaxTables(2027, "allmanna-tabeller-manad-2027.txt",
                TestTaxTableFiles.bytes(TestTaxTableFiles.lines2027(100)), "adm1");
        assertThat(again).isEqualTo(new ReferenceData.Proposal(imported.id(), true, false));
        assertThat(setsOf(ReferenceDataKind.TAX_TABLES, 2027)).isEqualTo(1);
        referenceData.confirm(imported.id(), "adm1"); // the tax tables: previewed and activated, no second person
        assertThat(referenceData.importTaxTables(2027, "igen.txt", TestTaxTableFiles.bytes(TestTaxTableFiles.lines2027(100)), "adm1"))
                .isEqualTo(new ReferenceData.Proposal(imported.id(), true, true));

        // 3. The other yearly values: proposed by adm1, refused to adm1, confirmed by adm2 (four-eyes), audited
        long rates = referenceData.propose(ReferenceDataKind.CONTRIBUTION_RATES, 2027, null, TestTaxTableFiles.CONTRIBUTIONS_2027,
                "Skatteverket, arbetsgivaravgifter 2027; SFS 2026:100", false, "adm1").id();
        assertThatThrownBy(() -> referenceData.confirm(rates, " ADM1 "))
                .isInstanceOfSatisfying(ReferenceDataRefused.class, e -> assertThat(e.key()).isEqualTo("referencedata.refused.fourEyes"));
        assertThat(referenceData.find(rates).orElseThrow().status()).isEqualTo("PROPOSED");
        referenceData.confirm(rates, "adm2");
        AuditTrail.AuditEntry activated = audit.latest("payroll.referencedata.activated", 1).get(0);
        assertThat(activated.actor()).isEqualTo("adm2");
        assertThat(activated.subject()).isEqualTo("referensdata CONTRIBUTION_RATES 2027");
        assertThat(activated.before()).isNull();
        assertThat(activated.after()).contains("CONTRIBUTION_RATES 2027 ACTIVE", "YOUTH_REDUCED", "SFS 2026:100");
        confirmed(ReferenceDataKind.ONE_OFF_TAX, TestTaxTableFiles.ONE_OFF_2027, false);
        confirmed(ReferenceDataKind.PAYROLL_VALUES, TestTaxTableFiles.VALUES_2027, true); // not yet decided by law
        assertThat(referenceData.missing(JANUARY_2027)).isEmpty();

        // 4. January calculates: tax = the hand lookup in the test's file
        PayRunId january = TestPayRuns.calculated(payRuns, jobRepository, payRuns.startPreliminary(JANUARY_2027, "lon1"));
        assertThat(tax(january, anna)).isEqualByComparingTo("7234"); // table 33, 34 801–35 000, column 1: 7 134 + 100
        assertThat(tax(january, bo)).isEqualByComparingTo("9851");   // table 32, 44 801–45 000, column 1: 9 751 + 100
        assertThat(payRuns.referenceDataWarning(january)).contains("PAYROLL_VALUES 2027", "test figure");
        // the youth group of 2027 (born 2004–2008) is paid at 20.81 % until 2027-09-30
        assertThat(referenceData.current().contributionRates().rateFor(java.time.LocalDate.of(2027, 9, 24), 2004).ratePercent())
                .isEqualByComparingTo("20.81");
        assertThat(referenceData.current().contributionRates().rateFor(java.time.LocalDate.of(2027, 10, 25), 2004).ratePercent())
                .isEqualByComparingTo("31.42");

        // 5. A corrected file (+200) replaces the year's tables before any released run used them; audited before → after
        long corrected = referenceData.importTaxTables(2027, "rattad.txt", TestTaxTableFiles.bytes(TestTaxTableFiles.lines2027(200)), "adm1").id();
        referenceData.confirm(corrected, "adm2");
        AuditTrail.AuditEntry replaced = audit.latest("payroll.referencedata.activated", 1).get(0);
        assertThat(replaced.before()).contains("TAX_TABLES 2027 REPLACED");
        assertThat(replaced.after()).contains("TAX_TABLES 2027 ACTIVE", ReferenceDataSets.sha256(new String(
                TestTaxTableFiles.bytes(TestTaxTableFiles.lines2027(200)), java.nio.charset.StandardCharsets.ISO_8859_1)).substring(0, 12));
        assertThat(referenceData.find(imported.id()).orElseThrow().status()).isEqualTo("REPLACED");
        PayRunId released = TestPayRuns.released(payRuns, jobRepository, JANUARY_2027);
        assertThat(tax(released, anna)).isEqualByComparingTo("7334"); // 7 134 + 200

        // 6. Once a released run used them, a corrected file is refused and the tables stay
        long late = referenceData.importTaxTables(2027, "for-sent.txt", TestTaxTableFiles.bytes(TestTaxTableFiles.lines2027(300)), "adm1").id();
        assertThatThrownBy(() -> referenceData.confirm(late, "adm2")).isInstanceOfSatisfying(ReferenceDataRefused.class,
                e -> assertThat(e.key()).isEqualTo("referencedata.refused.usedByReleasedRun"));
        assertThat(referenceData.find(corrected).orElseThrow().status()).isEqualTo("ACTIVE");
        assertThat(referenceData.current().taxTables(2027).orElseThrow().monthlyTax(33, 1, 35_000)).isEqualTo(7_334);
    }

    @Test
    void everyBrokenFileIsRefusedWithItsLineAndNothingIsStored() {
        referenceData.current(); // seeded
        assertRefused(l -> set(l, 100, l.get(99).substring(0, 30)), 100, "has 30 characters");           // truncated line
        assertRefused(l -> set(l, 200, l.get(199).substring(0, 44)), 200, "six 5-character columns");     // a column missing
        assertRefused(l -> set(l, 5, l.get(4).substring(0, 2) + "X" + l.get(4).substring(3)), 5, "row kind 'X'");
        // line 2477 is table 33's row 25 001–25 200, after line 2476's 24 801–25 000 (4 622 + 100 kr in column 1)
        assertRefused(l -> set(l, 2477, from(l.get(2476), +1)), 2477, "leaves a gap");
        assertRefused(l -> set(l, 2477, from(l.get(2476), -1)), 2477, "overlaps line 2476");
        assertRefused(l -> set(l, 2477, l.get(2476).substring(0, 19) + "    0" + l.get(2476).substring(24)), 2477,
                "column 1 falls from 4722 kr on line 2476 to 0 kr");
        // table 35 is lines 3409–3970: without it, table 36 follows 34 on line 3409
        assertRefused(l -> { l.subList(3408, 3970).clear(); return l; }, 3409, "table 35 is missing");
        // table 29's open top row is line 567: without it, table 29 ends on line 566
        assertRefused(l -> { l.remove(566); return l; }, 566, "without an open-ended top row");
    }

    @Test
    void theCommandLineImportChecksPrintsTheSamplesAndActivates() throws Exception {
        ReferenceDataImportCommand command = new ReferenceDataImportCommand(referenceData, messages, null);
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("reference-data-cli");
        java.nio.file.Path broken = dir.resolve("trasig-2029.txt");
        List<String> lines = TestTaxTableFiles.lines2027(100);
        lines.set(99, lines.get(99).substring(0, 30));
        java.nio.file.Files.write(broken, TestTaxTableFiles.bytes(lines));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        assertThat(command.run(List.of("tax-tables", broken.toString()), new java.io.PrintStream(out), new java.io.PrintStream(err))).isEqualTo(1);
        assertThat(err.toString()).contains("rad 100", "has 30 characters");
        assertThat(setsOf(ReferenceDataKind.TAX_TABLES, 2029)).isZero();

        java.nio.file.Path good = dir.resolve("allmanna-tabeller-manad-2029.txt");
        java.nio.file.Files.write(good, TestTaxTableFiles.bytes(TestTaxTableFiles.lines2027(100)));
        assertThat(command.run(List.of("tax-tables", good.toString(), "--activate"), new java.io.PrintStream(out), new java.io.PrintStream(err)))
                .isZero();
        assertThat(out.toString()).contains("Skattetabeller 2029", "tabell 33 kolumn 1 vid 35000 kr: 7234 kr", "Aktiverad.");
        assertThat(referenceData.active(ReferenceDataKind.TAX_TABLES, 2029)).isPresent();
        assertThat(command.run(List.of("tax-tables"), new java.io.PrintStream(out), new java.io.PrintStream(err))).isEqualTo(2);
    }

    private void assertRefused(UnaryOperator<List<String>> breakIt, int line, String what) {
        long before = jdbc.sql("SELECT COUNT(*) FROM reference_data_set").query(Long.class).single();
        List<String> broken = breakIt.apply(TestTaxTableFiles.lines2027(100));
        assertThatThrownBy(() -> referenceData.importTaxTables(2028, "broken.txt", TestTaxTableFiles.bytes(broken), "adm1"))
                .isInstanceOfSatisfying(ReferenceDataRefused.class, e -> {
                    assertThat(e.key()).isEqualTo("referencedata.refused.invalid");
                    assertThat(e.args()[0]).isEqualTo(line);
                    assertThat(e.args()[1].toString()).startsWith("line " + line + ":").contains(what);
                });
        assertThat(jdbc.sql("SELECT COUNT(*) FROM reference_data_set").query(Long.class).single()).isEqualTo(before);
    }

    private static List<String> set(List<String> lines, int lineNumber, String text) {
        lines.set(lineNumber - 1, text);
        return lines;
    }

    /** The line with its income-from field [5,12) moved by delta kronor. */
    private static String from(String line, int delta) {
        long from = Long.parseLong(line.substring(5, 12).strip()) + delta;
        return line.substring(0, 5) + String.format("%7d", from) + line.substring(12);
    }

    private void confirmed(ReferenceDataKind kind, String content, boolean unconfirmed) {
        long id = referenceData.propose(kind, 2027, null, content, "test figures for 2027", unconfirmed, "adm1").id();
        referenceData.confirm(id, "adm2");
    }

    private long employment(String elevenDigits, String name, String salary, int table) {
        String pin = elevenDigits + luhn(elevenDigits.substring(2));
        long employee = jdbc.sql("INSERT INTO payroll_employee (personal_identity_number, first_name, last_name) VALUES (?, ?, 'Test') RETURNING id")
                .params(pin, name).query(Long.class).single();
        long employment = jdbc.sql("""
                INSERT INTO employment (employee_id, cost_centre_code, start_date, form, employment_rate, weekly_hours, tax_kind,
                    tax_table, tax_column, tax_decision_ref, clearing_number, account_number)
                VALUES (?, '1030', DATE '2026-01-01', 'PERMANENT', 100, 40, 'TABLE', ?, 1, 'SKV 2027', '5000', '1234567') RETURNING id""")
                .params(employee, table).query(Long.class).single();
        jdbc.sql("INSERT INTO salary_change (employment_id, valid_from, amount, recorded_by, recorded_at) VALUES (?, DATE '2026-01-01', ?, 'test', CURRENT_TIMESTAMP)")
                .params(employment, new BigDecimal(salary)).update();
        return employee;
    }

    private BigDecimal tax(PayRunId run, long employee) {
        return jdbc.sql("SELECT tax FROM pay_run_employee WHERE pay_run_id = ? AND employee_id = ?").params(run.value(), employee)
                .query(BigDecimal.class).single();
    }

    private long runsOf(YearMonth month) {
        return jdbc.sql("SELECT COUNT(*) FROM pay_run WHERE period = ?").param(month.toString()).query(Long.class).single();
    }

    private long setsOf(ReferenceDataKind kind, int year) {
        return jdbc.sql("SELECT COUNT(*) FROM reference_data_set WHERE kind = ? AND income_year = ?").params(kind.name(), year)
                .query(Long.class).single();
    }

    /** The Luhn check digit of ten digits (YYMMDDNNN). */
    static int luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = (digits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += d > 9 ? d - 9 : d;
        }
        return (10 - sum % 10) % 10;
    }
}
