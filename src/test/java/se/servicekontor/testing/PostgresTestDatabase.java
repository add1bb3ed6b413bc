package se.servicekontor.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives each Spring test context its own fresh database on the machine's real PostgreSQL
 * (127.0.0.1:5432, trust auth) and drops it when the JVM ends, once the contexts are closed. Flyway builds the schema as in
 * production. Override the server with {@code -Dservicekontor.test.postgres=jdbc:postgresql://host:port}.
 */
public class PostgresTestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String SERVER = System.getProperty("servicekontor.test.postgres", "jdbc:postgresql://127.0.0.1:5432");
    static final String USER = System.getProperty("servicekontor.test.postgres.user", "postgres");

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String name = create();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("postgresTestDatabase", Map.of(
                "spring.datasource.url", SERVER + "/" + name + "?reWriteBatchedInserts=true",
                "spring.datasource.username", USER,
                "spring.datasource.password", "",
                "servicekontor.test.database", name)));
    }

    /** Creates an empty database and registers its removal at JVM exit; returns its name. */
    public static String create() {
        String name = "sk_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        execute("CREATE DATABASE " + name);
        // After Spring has closed every context at JVM exit, not beside it: a context still closing needs its database.
        SpringApplication.getShutdownHandlers().add(() -> drop(name));
        return name;
    }

    public static String url(String database) {
        return SERVER + "/" + database;
    }

    static void drop(String name) {
        try {
            execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (IllegalStateException e) {
            System.err.println("Could not drop test database " + name + ": " + e.getMessage());
        }
    }

    private static void execute(String sql) {
        try (Connection c = DriverManager.getConnection(SERVER + "/postgres", USER, "");
             Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + SERVER + " is needed for this test (" + e.getMessage()
                    + "). Start it with: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start", e);
        }
    }
}
