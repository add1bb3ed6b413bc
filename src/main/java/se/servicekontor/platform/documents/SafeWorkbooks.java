package se.servicekontor.platform.documents;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Workbook;

import com.github.pjfanning.xlsx.StreamingReader;

/**
 * Opens an uploaded Excel workbook for streaming reads, after refusing what must not be opened:
 * something that is not an xlsx, an encrypted workbook, an old binary .xls, and zip bombs (too many
 * entries, an entry that inflates beyond the limit, or a suspicious compression ratio). The checks
 * inflate the archive once with hard limits before POI sees it.
 */
public final class SafeWorkbooks {

    /** Limits for one workbook. */
    public record Limits(long maxUncompressedBytes, int maxEntries, double maxCompressionRatio) {
        public static final Limits DEFAULT = new Limits(200L * 1024 * 1024, 1_000, 200.0);
    }

    /** Why a workbook was refused, in words an administrator can act on (Swedish, as the UI). */
    public static final class WorkbookRefused extends Exception {
        public WorkbookRefused(String reason) {
            super(reason);
        }
    }

    private SafeWorkbooks() {
    }

    /** Checks the file and opens it with the streaming reader; the caller closes the workbook. */
    public static Workbook open(Path file, Limits limits) throws WorkbookRefused {
        check(file, limits);
        try {
            return StreamingReader.builder().rowCacheSize(200).bufferSize(8192).open(file.toFile());
        } catch (RuntimeException e) {
            throw new WorkbookRefused("Filen kunde inte läsas som en Excel-arbetsbok (.xlsx): " + e.getMessage());
        }
    }

    /** Refuses anything that is not a plain, unencrypted, reasonably sized xlsx. */
    public static void check(Path file, Limits limits) throws WorkbookRefused {
        FileMagic magic;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            magic = FileMagic.valueOf(in);
        } catch (IOException e) {
            throw new WorkbookRefused("Filen kunde inte läsas: " + e.getMessage());
        }
        if (magic == FileMagic.OLE2) {
            throw new WorkbookRefused(isEncrypted(file)
                    ? "Arbetsboken är lösenordsskyddad (krypterad). Ta bort lösenordet i Excel och ladda upp den igen."
                    : "Filen är i det gamla Excel-formatet (.xls). Spara den som Excel-arbetsbok (.xlsx) och ladda upp den igen.");
        }
        if (magic != FileMagic.OOXML) {
            throw new WorkbookRefused("Filen är ingen Excel-arbetsbok (.xlsx). Använd mallen och spara som .xlsx.");
        }
        inflateWithinLimits(file, limits);
    }

    private static boolean isEncrypted(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            return fs.getRoot().hasEntryCaseInsensitive("EncryptionInfo");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static void inflateWithinLimits(Path file, Limits limits) throws WorkbookRefused {
        long compressed;
        try {
            compressed = Math.max(1, Files.size(file));
        } catch (IOException e) {
            throw new WorkbookRefused("Filen kunde inte läsas: " + e.getMessage());
        }
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        // ZipFile reads the central directory, so entries written with data descriptors (POI's streaming
        // writer, many HR systems' exports) are read as well; every byte is still inflated under the limits.
        try (ZipFile zip = new ZipFile(file.toFile())) {
            var all = zip.entries();
            while (all.hasMoreElements()) {
                ZipEntry entry = all.nextElement();
                if (++entries > limits.maxEntries()) {
                    throw new WorkbookRefused("Arbetsboken innehåller fler än " + limits.maxEntries()
                            + " delar och öppnas inte (misstänkt zip-bomb).");
                }
                if (entry.getName().contains("..")) {
                    throw new WorkbookRefused("Arbetsboken innehåller en otillåten sökväg (" + entry.getName() + ").");
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    int n;
                    while ((n = in.read(buffer)) > 0) {
                        total += n;
                        if (total > limits.maxUncompressedBytes() || total > compressed * limits.maxCompressionRatio()) {
                            throw new WorkbookRefused("Arbetsboken packas upp till orimligt mycket data ("
                                    + "mer än " + (Math.min(limits.maxUncompressedBytes(), (long) (compressed * limits.maxCompressionRatio())) / (1024 * 1024))
                                    + " MB) och öppnas inte (misstänkt zip-bomb).");
                        }
                    }
                }
            }
        } catch (ZipException e) {
            throw new WorkbookRefused("Filen är skadad och kan inte öppnas som .xlsx: " + e.getMessage());
        } catch (IOException e) {
            throw new WorkbookRefused("Filen kunde inte läsas: " + e.getMessage());
        }
        if (entries == 0) {
            throw new WorkbookRefused("Filen är tom eller ingen Excel-arbetsbok (.xlsx).");
        }
    }
}
