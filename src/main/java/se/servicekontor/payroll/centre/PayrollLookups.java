package se.servicekontor.payroll.centre;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import se.servicekontor.payroll.PayrollLookup;
import se.servicekontor.payroll.PayrollProperties;
import se.servicekontor.payroll.rules.PayCalendar;
import se.servicekontor.shared.PersonalIdentityNumber;

/** {@link PayrollLookup} over the pay calendar, the pay runs and the employee register. */
@Service
class PayrollLookups implements PayrollLookup {

    private final JdbcClient jdbc;
    private final PayrollProperties properties;
    private final PayCalendar calendar = new PayCalendar();

    PayrollLookups(JdbcClient jdbc, PayrollProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    @Override
    public PayMonth nextPayMonth(LocalDate day) {
        LocalDate payday = PayCalendarView.nextPayday(calendar, day);
        return payMonth(YearMonth.from(payday));
    }

    @Override
    public PayMonth payMonth(YearMonth month) {
        LocalDate payday = calendar.payday(month);
        LocalDate cutOff = PayCalendarView.cutOff(calendar, payday, properties.deviationCutOffBankDays());
        record Run(String kind, String status, OffsetDateTime releasedAt) {
        }
        List<Run> runs = jdbc.sql("SELECT kind, status, released_at FROM pay_run WHERE period = ? AND status IN ('CALCULATED', 'RELEASED')")
                .param(month.toString()).query(Run.class).list();
        Optional<Run> released = runs.stream().filter(r -> r.status().equals("RELEASED")).findFirst();
        PayMonthState state = released.isPresent() ? PayMonthState.RELEASED
                : runs.stream().anyMatch(r -> r.kind().equals("FINAL")) ? PayMonthState.FINAL_CALCULATED
                : runs.isEmpty() ? PayMonthState.NOT_STARTED : PayMonthState.PRELIMINARY;
        return new PayMonth(month, payday, cutOff, month.minusMonths(1), state,
                released.map(r -> r.releasedAt().toInstant()));
    }

    @Override
    public List<PayMonth> payCalendar(int year) {
        List<PayMonth> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++)
            months.add(payMonth(YearMonth.of(year, m)));
        return months;
    }

    @Override
    public int countEmployeesNamed(String name) {
        String[] words = name == null ? new String[0] : name.strip().toLowerCase(java.util.Locale.ROOT).split("\\s+");
        if (words.length == 0 || words[0].isEmpty() || words.length > 4)
            return 0;
        StringBuilder sql = new StringBuilder("SELECT COUNT(*) FROM payroll_employee WHERE NOT protected_identity");
        var params = new java.util.LinkedHashMap<String, Object>();
        for (int i = 0; i < words.length; i++) {
            sql.append(" AND (LOWER(first_name) LIKE :w").append(i).append(" OR LOWER(last_name) LIKE :w").append(i).append(")");
            params.put("w" + i, words[i].replace("\\", "").replace("%", "").replace("_", "") + "%");
        }
        return jdbc.sql(sql.toString()).params(params).query(Integer.class).single();
    }

    @Override
    public Optional<Employee> employee(PersonalIdentityNumber number, LocalDate on) {
        // One query whether or not the person exists or is protected: the answer and its timing are the same
        return jdbc.sql("""
                        SELECT e.first_name, e.last_name, e.protected_identity,
                               EXISTS (SELECT 1 FROM employment m WHERE m.employee_id = e.id AND m.start_date <= :on
                                       AND (m.end_date IS NULL OR m.end_date >= :on)) AS employed
                        FROM payroll_employee e WHERE e.personal_identity_number = :pin""")
                .param("pin", number.twelveDigits()).param("on", on)
                .query((rs, n) -> rs.getBoolean("protected_identity") ? Optional.<Employee>empty()
                        : Optional.of(new Employee(rs.getString("first_name"), rs.getString("last_name"), rs.getBoolean("employed"))))
                .list().stream().flatMap(Optional::stream).findFirst();
    }
}
