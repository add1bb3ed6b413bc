package se.servicekontor.platform.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;

/**
 * Files the office received (uploads, inbox files), kept byte-exact under the storage directory with
 * their SHA-256, and their fate: received, processed or rejected with a reason a person can act on.
 * The original file name is kept as data only; the stored name is generated, so a hostile name never
 * reaches the file system.
 */
@Service
public class ReceivedFiles {

    public enum Status { RECEIVED, PROCESSED, REJECTED }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Path directory;

    ReceivedFiles(JdbcClient jdbc, Clock clock, @Value("${servicekontor.storage.directory:./data/files}") Path directory) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.directory = directory;
    }

    /**
     * Stores the bytes of {@code content}, up to {@code maxBytes}. A larger file is still kept (up to
     * the limit it was read to) but comes back {@link Status#REJECTED} with the reason.
     */
    public ReceivedFile store(String purpose, String originalName, InputStream content, long maxBytes, String receivedBy) {
        try {
            Path dir = Files.createDirectories(directory.resolve(purpose));
            Path target = dir.resolve(UUID.randomUUID() + ".bin");
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            long size;
            boolean tooLarge;
            try (InputStream in = new DigestInputStream(content, sha)) {
                size = copyAtMost(in, target, maxBytes);
                tooLarge = size > maxBytes;
            }
            String name = displayName(originalName);
            Status status = tooLarge ? Status.REJECTED : Status.RECEIVED;
            String reason = tooLarge
                    ? "Filen är större än gränsen " + (maxBytes / (1024 * 1024)) + " MB och lästes inte."
                    : null;
            String hash = HexFormat.of().formatHex(sha.digest());
            Instant now = clock.instant();
            var keys = new GeneratedKeyHolder();
            jdbc.sql("""
                    INSERT INTO received_file (purpose, original_name, stored_path, sha256, size_bytes, status, reason, received_by, received_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(purpose, name, target.toString(), hash, size, status.name(), reason, receivedBy,
                            OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                    .update(keys, "id");
            long id = keys.getKey().longValue();
            return new ReceivedFile(id, purpose, name, target, hash, size, status, reason, receivedBy, now);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stores a copy of a file already on disk (e.g. the demo workbook or a command-line import). */
    public ReceivedFile store(String purpose, Path file, long maxBytes, String receivedBy) {
        try (InputStream in = Files.newInputStream(file)) {
            return store(purpose, file.getFileName().toString(), in, maxBytes, receivedBy);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void markRejected(long id, String reason) {
        jdbc.sql("UPDATE received_file SET status = ?, reason = ? WHERE id = ?")
                .params(Status.REJECTED.name(), reason, id).update();
    }

    public void markProcessed(long id) {
        jdbc.sql("UPDATE received_file SET status = ?, reason = NULL WHERE id = ?")
                .params(Status.PROCESSED.name(), id).update();
    }

    /** The same for many files in one statement (e.g. a batch job's chunk). */
    public void markProcessed(java.util.Collection<Long> ids) {
        if (!ids.isEmpty()) {
            jdbc.sql("UPDATE received_file SET status = :status, reason = NULL WHERE id IN (:ids)")
                    .param("status", Status.PROCESSED.name()).param("ids", ids).update();
        }
    }

    public Optional<ReceivedFile> find(long id) {
        return jdbc.sql(SELECT + " WHERE id = ?").param(id).query(ReceivedFiles::map).optional();
    }

    public List<ReceivedFile> latest(String purpose, int limit) {
        return jdbc.sql(SELECT + " WHERE purpose = ? ORDER BY id DESC LIMIT ?").params(purpose, limit)
                .query(ReceivedFiles::map).list();
    }

    private static final String SELECT = """
            SELECT id, purpose, original_name, stored_path, sha256, size_bytes, status, reason, received_by, received_at
            FROM received_file""";

    private static ReceivedFile map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new ReceivedFile(rs.getLong("id"), rs.getString("purpose"), rs.getString("original_name"),
                Path.of(rs.getString("stored_path")), rs.getString("sha256"), rs.getLong("size_bytes"),
                Status.valueOf(rs.getString("status")), rs.getString("reason"), rs.getString("received_by"),
                rs.getObject("received_at", OffsetDateTime.class).toInstant());
    }

    /** Copies at most {@code max + 1} bytes, so the caller can tell the file was too large without reading it all. */
    private static long copyAtMost(InputStream in, Path target, long max) throws IOException {
        try (InputStream limited = new BoundedInputStream(in, max + 1)) {
            return Files.copy(limited, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The name shown to people: the last path segment, control characters removed, at most 255 characters. */
    static String displayName(String originalName) {
        String name = originalName == null ? "" : originalName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}]", "").strip();
        if (name.isEmpty()) {
            name = "namnlös fil";
        }
        return name.length() > 255 ? name.substring(0, 255) : name;
    }

    /** A file as the office received it. */
    public record ReceivedFile(long id, String purpose, String originalName, Path storedPath, String sha256,
                               long sizeBytes, Status status, String reason, String receivedBy, Instant receivedAt) {
    }
}
