package se.servicekontor.supplierinvoice.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The inbox folder on disk. A file is picked up by moving it, with one atomic rename, into the claim folder
 * {@code <inbox>/.claimed} under a new name {@code <claim token>__<sanitised name>}: whoever renames it owns
 * it, and it can never be seen in the inbox again. The original name is only data; what reaches the file
 * system is the token and a sanitised name. Hidden files and names ending in .tmp/.part (being written) wait.
 */
public final class Inbox {

    static final String CLAIM_FOLDER = ".claimed";
    private static final String SEPARATOR = "__";
    private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9._-]");
    private static final Pattern TOKEN = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final Path folder;
    private final Path claimed;

    public Inbox(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
        this.claimed = this.folder.resolve(CLAIM_FOLDER);
    }

    public Path folder() {
        return folder;
    }

    /** Files waiting in the inbox, by name, at most {@code max}. */
    public List<Path> waiting(int max) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                String lower = name.toLowerCase(Locale.ROOT);
                if (name.startsWith(".") || lower.endsWith(".tmp") || lower.endsWith(".part")
                        || !Files.isRegularFile(entry, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                files.add(entry);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Kan inte läsa inkorgsmappen " + folder, e);
        }
        files.sort(null);
        return files.size() > max ? files.subList(0, max) : files;
    }

    public boolean hasWaitingFiles() {
        return !waiting(1).isEmpty();
    }

    /** Moves the file into the claim folder; empty when someone else moved (or deleted) it first. */
    public Optional<Claimed> claim(Path file) {
        try {
            Files.createDirectories(claimed);
            String token = UUID.randomUUID().toString();
            String originalName = file.getFileName().toString();
            Path target = claimed.resolve(token + SEPARATOR + sanitise(originalName));
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            try {
                Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IllegalStateException("Inkorgsmappen " + folder + " stöder inte atomiska namnbyten", e);
            }
            return Optional.of(new Claimed(token, originalName, target, attributes.size(),
                    attributes.lastModifiedTime().toInstant()));
        } catch (NoSuchFileException | FileAlreadyExistsException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Kunde inte hämta " + file, e);
        }
    }

    /** Every file in the claim folder, by name; the caller finds those no row records (moved by a run that died before recording them). */
    public List<Claimed> claimedFiles() {
        if (!Files.isDirectory(claimed)) {
            return List.of();
        }
        List<Claimed> files = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(claimed)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                int separator = name.indexOf(SEPARATOR);
                if (separator < 0 || !TOKEN.matcher(name.substring(0, separator)).matches() || !Files.isRegularFile(entry)) {
                    continue;
                }
                BasicFileAttributes attributes = Files.readAttributes(entry, BasicFileAttributes.class);
                files.add(new Claimed(name.substring(0, separator), name.substring(separator + SEPARATOR.length()), entry,
                        attributes.size(), attributes.lastModifiedTime().toInstant()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Kan inte läsa " + claimed, e);
        }
        files.sort(java.util.Comparator.comparing(Claimed::path));
        return files;
    }

    /** Removes a claimed file once its bytes are kept in the received files; a missing file is fine. */
    public void delete(Path claimedFile) {
        Path normalized = claimedFile.toAbsolutePath().normalize();
        if (!normalized.startsWith(claimed)) {
            throw new IllegalArgumentException("Not a claimed file: " + claimedFile);
        }
        try {
            Files.deleteIfExists(normalized);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The name's safe form for the file system: letters, digits, '.', '_' and '-', at most 100 characters. */
    static String sanitise(String name) {
        String safe = UNSAFE.matcher(name).replaceAll("_");
        while (safe.startsWith(".")) {
            safe = safe.substring(1);
        }
        if (safe.isEmpty()) {
            safe = "fil";
        }
        return safe.length() > 100 ? safe.substring(safe.length() - 100) : safe;
    }

    /** A file this run moved into the claim folder. */
    public record Claimed(String token, String originalName, Path path, long size, Instant modifiedAt) {
    }
}
