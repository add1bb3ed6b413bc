package se.servicekontor.platform.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.h2.Driver;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import se.servicekontor.testing.PostgresTestDatabase;

/** {@link BulkInsert} on the real PostgreSQL (COPY) and on H2 (batch insert): every value comes back as written, in the caller's transaction. */
class BulkInsertTests {

    record Row(long id, Integer count, String text, BigDecimal amount, Boolean flag, LocalDate day) {
    }

    static final BulkInsert<Row> INSERT = BulkInsert.into("bulk_row", List.of("id", "count", "text", "amount", "flag", "paid_on"),
            r -> new Object[] {r.id(), r.count(), r.text(), r.amount(), r.flag(), r.day()});

    static final List<Row> AWKWARD = List.of(
            new Row(1, 7, "tab\there", new BigDecimal("1234.50"), true, LocalDate.of(2026, 2, 28)),
            new Row(2, -3, "line\nbreak and\r\nwindows", new BigDecimal("-0.01"), false, LocalDate.of(2024, 2, 29)),
            new Row(3, 0, "back\\slash \\N not null", new BigDecimal("0.00"), true, LocalDate.of(1999, 12, 31)),
            new Row(4, null, null, null, null, null),
            new Row(5, Integer.MAX_VALUE, "Åsa Öberg – 25 € \"citat\" 'apostrof' ,;|", new BigDecimal("9999999999999.99"), false,
                    LocalDate.of(2026, 11, 25)),
            new Row(6, 1, "", new BigDecimal("12"), true, LocalDate.of(2026, 1, 1)),
            // outside the digit-by-digit fast paths, and characters of two, three and four UTF-8 bytes
            new Row(8, -10, "ü", new BigDecimal("-1234.05"), false, LocalDate.of(9999, 3, 4)),
            new Row(9_007_199_254_740_993L, Integer.MIN_VALUE, "ÅÄÖ ≥ 😀 Ω", new BigDecimal("1E+3"), true, LocalDate.of(999, 1, 9)));

    DataSource dataSource;
    JdbcClient jdbc;
    TransactionTemplate transaction;

    void connect(String database) {
        dataSource = database.equals("postgresql")
                ? new SimpleDriverDataSource(new org.postgresql.Driver(), PostgresTestDatabase.url(PostgresTestDatabase.create()), "postgres", "")
                : new SimpleDriverDataSource(new Driver(), "jdbc:h2:mem:bulk" + System.nanoTime() + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1", "sa", "");
        jdbc = JdbcClient.create(dataSource);
        jdbc.sql("""
                CREATE TABLE bulk_row (id BIGINT PRIMARY KEY, count INTEGER, text VARCHAR(200), amount NUMERIC(15,2), flag BOOLEAN, paid_on DATE)""")
                .update();
        transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    @BeforeEach
    void noConnectionYet() {
        dataSource = null;
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "h2"})
    void writesEveryValueAsGiven(String database) {
        connect(database);

        int written = transaction.execute(status -> INSERT.write(dataSource, AWKWARD));

        assertThat(written).isEqualTo(AWKWARD.size());
        assertThat(jdbc.sql("SELECT id, count, text, amount, flag, paid_on FROM bulk_row ORDER BY id")
                .query((rs, n) -> new Row(rs.getLong(1), (Integer) rs.getObject(2), rs.getString(3), rs.getBigDecimal(4),
                        (Boolean) rs.getObject(5), rs.getObject(6, LocalDate.class))).list())
                .containsExactlyElementsOf(AWKWARD.stream().map(r -> r.amount() == null ? r
                        : new Row(r.id(), r.count(), r.text(), r.amount().setScale(2), r.flag(), r.day())).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "h2"})
    void rowsAreGoneWhenTheCallersTransactionRollsBack(String database) {
        connect(database);

        transaction.executeWithoutResult(status -> {
            INSERT.write(dataSource, AWKWARD);
            status.setRollbackOnly();
        });

        assertThat(jdbc.sql("SELECT count(*) FROM bulk_row").query(Long.class).single()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "h2"})
    void aDuplicateKeyFailsAndWritesNothing(String database) {
        connect(database);
        transaction.executeWithoutResult(status -> INSERT.write(dataSource, AWKWARD.subList(0, 2)));

        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> INSERT.write(dataSource, AWKWARD)))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(jdbc.sql("SELECT count(*) FROM bulk_row").query(Long.class).single()).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "h2"})
    void manyRowsCrossTheBufferBoundary(String database) {
        connect(database);
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i <= 5_000; i++) // ~60 bytes a row: several 64 KB buffers
            rows.add(new Row(i, i, "rad nummer " + i + " med text\tsom fyller bufferten", new BigDecimal(i).movePointLeft(2), i % 2 == 0,
                    LocalDate.of(2026, 1, 1).plusDays(i % 365)));

        transaction.executeWithoutResult(status -> INSERT.write(dataSource, rows));

        assertThat(jdbc.sql("SELECT count(*), sum(amount), max(text) FROM bulk_row").query((rs, n) -> List.of(rs.getLong(1),
                rs.getBigDecimal(2), rs.getString(3))).single())
                .containsExactly(5_000L, new BigDecimal("125025.00"), "rad nummer 999 med text\tsom fyller bufferten");
    }
}
