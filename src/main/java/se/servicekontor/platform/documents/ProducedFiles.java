package se.servicekontor.platform.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The archive of files the office produces — payment files, bank answers, SIE exports, payslips, AGI —
 * kept byte-exact under the storage directory with their SHA-256, kind, period and who produced them
 * (Bokföringslagen 1999:1078 7 kap.: accounting records are kept for seven years).
 * <p>
 * Storing is idempotent: the bytes go to a file named by their SHA-256 (written under a temporary name
 * and moved into place), and the row is unique per kind, file name and SHA-256, so a job that is
 * restarted after a crash and produces the identical file finds the row that exists instead of a second one.
 */
@Service
public class ProducedFiles {

    private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9-]{0,49}");
    private static final Pattern PERIOD = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Path directory;

    ProducedFiles(JdbcClient jdbc, Clock clock, @Value("${servicekontor.storage.directory:./data/files}") Path directory) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.directory = directory.resolve("produced");
    }

    /** Archives {@code content} as a file of {@code kind} (e.g. {@code supplier-payment}) for {@code period} ("YYYY-MM" or null). */
    @Transactional
    public ProducedFile store(String kind, String period, String fileName, byte[] content, String producedBy) {
        check(kind, period, producedBy);
        String name = ReceivedFiles.displayName(fileName);
        String sha256 = HexFormat.of().formatHex(sha256().digest(content));
        Path target = directory.resolve(kind).resolve(sha256 + ".bin");
        try {
            if (!Files.exists(target)) {
                Files.createDirectories(target.getParent());
                Path temporary = target.resolveSibling(UUID.randomUUID() + ".tmp");
                Files.write(temporary, content);
                moveIntoPlace(temporary, target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Kunde inte arkivera " + name, e);
        }
        return register(kind, period, name, target, sha256, content.length, producedBy);
    }

    /** Archives a file already written to disk (e.g. a large ZIP); the file itself is left where it is. */
    @Transactional
    public ProducedFile store(String kind, String period, String fileName, Path file, String producedBy) {
        check(kind, period, producedBy);
        String name = ReceivedFiles.displayName(fileName);
        try {
            MessageDigest sha = sha256();
            try (InputStream in = Files.newInputStream(file)) {
                byte[] buffer = new byte[64 * 1024];
                for (int n; (n = in.read(buffer)) > 0; )
                    sha.update(buffer, 0, n);
            }
            String sha256 = HexFormat.of().formatHex(sha.digest());
            Path target = directory.resolve(kind).resolve(sha256 + ".bin");
            if (!Files.exists(target)) {
                Files.createDirectories(target.getParent());
                Path temporary = target.resolveSibling(UUID.randomUUID() + ".tmp");
                Files.copy(file, temporary, StandardCopyOption.REPLACE_EXISTING);
                moveIntoPlace(temporary, target);
            }
            return register(kind, period, name, target, sha256, Files.size(target), producedBy);
        } catch (IOException e) {
            throw new UncheckedIOException("Kunde inte arkivera " + name, e);
        }
    }

    public Optional<ProducedFile> find(long id) {
        return jdbc.sql(SELECT + "\nWHERE id = ?").param(id).query(ProducedFiles::map).optional();
    }

    /** The archived files, newest first, optionally only of one kind and/or one period. */
    public List<ProducedFile> list(String kind, String period) {
        return jdbc.sql(SELECT + """

                         WHERE (CAST(:kind AS VARCHAR) IS NULL OR kind = :kind)
                           AND (CAST(:period AS VARCHAR) IS NULL OR period = :period)
                         ORDER BY id DESC""")
                .param("kind", blankToNull(kind)).param("period", blankToNull(period))
                .query(ProducedFiles::map).list();
    }

    /** The archived bytes of a file. The caller closes the stream. */
    public InputStream open(ProducedFile file) {
        try {
            return Files.newInputStream(file.storedPath());
        } catch (IOException e) {
            throw new UncheckedIOException("Arkivfilen " + file.id() + " saknas i lagringen", e);
        }
    }

    private ProducedFile register(String kind, String period, String name, Path target, String sha256, long size,
                                  String producedBy) {
        Optional<ProducedFile> existing = existing(kind, name, sha256);
        if (existing.isPresent())
            return existing.get();
        // Another transaction archiving the identical file at the same moment waits on the unique key and
        // then inserts nothing: the row that exists is the one
        jdbc.sql("""
                INSERT INTO produced_file (kind, period, file_name, stored_path, sha256, size_bytes, produced_by, produced_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(kind, period, name, target.toString(), sha256, size, producedBy,
                        OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .update();
        return existing(kind, name, sha256).orElseThrow();
    }

    private Optional<ProducedFile> existing(String kind, String name, String sha256) {
        return jdbc.sql(SELECT + "\nWHERE kind = ? AND file_name = ? AND sha256 = ?").params(kind, name, sha256)
                .query(ProducedFiles::map).optional();
    }

    private static void moveIntoPlace(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void check(String kind, String period, String producedBy) {
        if (kind == null || !KIND.matcher(kind).matches())
            throw new IllegalArgumentException("A kind is lower-case letters, digits and hyphens: " + kind);
        if (period != null && !PERIOD.matcher(period).matches())
            throw new IllegalArgumentException("A period is YYYY-MM: " + period);
        if (producedBy == null || producedBy.isBlank())
            throw new IllegalArgumentException("Who produced the file is required");
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final String SELECT = """
            SELECT id, kind, period, file_name, stored_path, sha256, size_bytes, produced_by, produced_at
            FROM produced_file
            """;

    private static ProducedFile map(ResultSet rs, int n) throws SQLException {
        return new ProducedFile(rs.getLong("id"), rs.getString("kind"), rs.getString("period"),
                rs.getString("file_name"), Path.of(rs.getString("stored_path")), rs.getString("sha256"),
                rs.getLong("size_bytes"), rs.getString("produced_by"),
                rs.getObject("produced_at", OffsetDateTime.class).toInstant());
    }

    /** A file the office produced, as archived. */
    public record ProducedFile(long id, String kind, String period, String fileName, Path storedPath, String sha256,
                               long size, String producedBy, Instant producedAt) {
    }
}
