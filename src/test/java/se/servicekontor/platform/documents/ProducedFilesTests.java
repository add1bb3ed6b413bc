package se.servicekontor.platform.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;

import se.servicekontor.platform.documents.ProducedFiles.ProducedFile;
import se.servicekontor.testing.PostgresTest;

/** The archive of produced files on PostgreSQL: byte-exact, idempotent, listed and fetched as archive.sh does. */
@PostgresTest
class ProducedFilesTests {

    @Autowired
    ProducedFiles files;

    @Autowired
    ConfigurableApplicationContext context;

    @Test
    void aFileIsKeptByteExactWithItsSha256() throws Exception {
        byte[] content = "<Document>åäö</Document>".getBytes(StandardCharsets.UTF_8);
        ProducedFile file = files.store("test-kept", "2026-11", "betalning-1.xml", content, "eko2");

        // SHA-256 of the bytes, computed by the JDK independently of the archive
        String expected = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
        assertThat(file.sha256()).isEqualTo(expected);
        assertThat(file.size()).isEqualTo(content.length);
        assertThat(file.producedBy()).isEqualTo("eko2");
        try (InputStream in = files.open(file)) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
    }

    @Test
    void storingTheIdenticalFileAgainFindsTheFirstRow() {
        byte[] content = "samma innehåll".getBytes(StandardCharsets.UTF_8);
        ProducedFile first = files.store("test-again", "2026-11", "a.txt", content, "lon1");
        ProducedFile second = files.store("test-again", "2026-11", "a.txt", content, "lon2");

        assertThat(second.id()).isEqualTo(first.id());
        assertThat(files.list("test-again", null)).hasSize(1);
        // other bytes under the same name are another file
        files.store("test-again", "2026-11", "a.txt", "annat".getBytes(StandardCharsets.UTF_8), "lon1");
        assertThat(files.list("test-again", null)).hasSize(2);
    }

    @Test
    void twoThreadsArchivingTheSameFileMakeOneRow() throws Exception {
        byte[] content = "parallellt".getBytes(StandardCharsets.UTF_8);
        Callable<Long> store = () -> files.store("test-race", "2026-12", "race.xml", content, "eko1").id();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Long>> ids = pool.invokeAll(List.of(store, store));
            assertThat(ids.get(0).get()).isEqualTo(ids.get(1).get());
        } finally {
            pool.shutdown();
        }
        assertThat(files.list("test-race", null)).hasSize(1);
    }

    @Test
    void listFiltersByKindAndPeriod() {
        files.store("test-filter", "2026-10", "okt.xml", new byte[] {1}, "eko1");
        files.store("test-filter", "2026-11", "nov.xml", new byte[] {2}, "eko1");

        assertThat(files.list("test-filter", "2026-11")).extracting(ProducedFile::fileName).containsExactly("nov.xml");
        assertThat(files.list("test-filter", null)).extracting(ProducedFile::fileName).containsExactly("nov.xml", "okt.xml");
    }

    @Test
    void aHostileFileNameNeverReachesTheFileSystemAndBadKindsAreRefused(@TempDir Path dir) {
        ProducedFile file = files.store("test-names", null, "../../etc/passwd\n", new byte[] {7}, "eko1");
        assertThat(file.fileName()).isEqualTo("passwd");
        assertThat(file.storedPath().getFileName().toString()).isEqualTo(file.sha256() + ".bin");
        assertThatThrownBy(() -> files.store("../x", null, "x", new byte[] {1}, "eko1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> files.store("test-names", "2026-13", "x", new byte[] {1}, "eko1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theCommandListsAndFetchesAFileAsArchiveShDoes(@TempDir Path dir) throws Exception {
        byte[] content = "SIE-innehåll".getBytes(StandardCharsets.UTF_8);
        ProducedFile file = files.store("test-cli", "2026-09", "bokforing.se", content, "eko1");
        ArchiveCommand command = new ArchiveCommand(files, context);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = command.run(List.of("list", "--kind", "test-cli", "--period", "2026-09"), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8).strip())
                .isEqualTo(file.id() + " test-cli 2026-09 " + file.sha256() + " bokforing.se");

        out.reset();
        code = command.run(List.of("get", String.valueOf(file.id()), dir.toString()), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isZero();
        assertThat(Files.readAllBytes(dir.resolve("bokforing.se"))).isEqualTo(content);

        assertThat(command.run(List.of("get", "999999999", dir.toString()), new PrintStream(out), new PrintStream(err))).isEqualTo(1);
        assertThat(command.run(List.of("lista"), new PrintStream(out), new PrintStream(err))).isEqualTo(2);
    }
}
