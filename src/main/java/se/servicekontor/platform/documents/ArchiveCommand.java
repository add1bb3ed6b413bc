package se.servicekontor.platform.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

import se.servicekontor.platform.documents.ProducedFiles.ProducedFile;

/**
 * {@code batch-jobs/run/archive.sh list [--kind KIND] [--period YYYY-MM]} prints {@code id kind period sha256
 * filename} per archived file; {@code archive.sh get ID DIR} writes that file into DIR under its name and
 * checks its SHA-256. Exit status 0 done, 1 not found or the bytes do not match, 2 wrong use.
 */
@Component
@ConditionalOnProperty("servicekontor.cli.archive")
class ArchiveCommand implements ApplicationRunner {

    /** archive.sh puts its own arguments after this one, so Spring's option parsing does not read them. */
    static final String ARGUMENTS = "--archive-arguments";

    private final ProducedFiles files;
    private final ConfigurableApplicationContext context;

    ArchiveCommand(ProducedFiles files, ConfigurableApplicationContext context) {
        this.files = files;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<String> source = List.of(args.getSourceArgs());
        int separator = source.indexOf(ARGUMENTS);
        int code = run(separator < 0 ? List.of() : source.subList(separator + 1, source.size()), System.out, System.err);
        System.exit(SpringApplication.exit(context, () -> code));
    }

    int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty())
            return usage(err);
        return switch (args.get(0)) {
            case "list" -> list(args.subList(1, args.size()), out, err);
            case "get" -> args.size() == 3 ? get(args.get(1), Path.of(args.get(2)), out, err) : usage(err);
            default -> usage(err);
        };
    }

    private int list(List<String> options, PrintStream out, PrintStream err) {
        String kind = null;
        String period = null;
        for (int i = 0; i < options.size(); i++) {
            String option = options.get(i);
            if (i + 1 >= options.size())
                return usage(err);
            switch (option) {
                case "--kind" -> kind = options.get(++i);
                case "--period" -> period = options.get(++i);
                default -> {
                    return usage(err);
                }
            }
        }
        for (ProducedFile file : files.list(kind, period))
            out.println(file.id() + " " + file.kind() + " " + (file.period() == null ? "-" : file.period()) + " "
                    + file.sha256() + " " + file.fileName());
        return 0;
    }

    private int get(String idText, Path directory, PrintStream out, PrintStream err) {
        Optional<ProducedFile> found;
        try {
            found = files.find(Long.parseLong(idText));
        } catch (NumberFormatException e) {
            return usage(err);
        }
        if (found.isEmpty()) {
            err.println("Ingen arkiverad fil med id " + idText + ".");
            return 1;
        }
        ProducedFile file = found.get();
        try {
            Files.createDirectories(directory);
            Path target = directory.resolve(file.fileName());
            try (InputStream in = files.open(file)) {
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            }
            String sha = java.util.HexFormat.of().formatHex(
                    java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(target)));
            if (!sha.equals(file.sha256())) {
                err.println("Kontrollsumman stämmer inte för " + target + ": arkivet säger " + file.sha256() + ", filen " + sha + ".");
                return 1;
            }
            out.println(target);
            return 0;
        } catch (IOException | java.security.NoSuchAlgorithmException e) {
            err.println("Kunde inte skriva " + file.fileName() + " till " + directory + ": " + e.getMessage());
            return 1;
        }
    }

    private static int usage(PrintStream err) {
        err.println("Användning: archive.sh list [--kind TYP] [--period ÅÅÅÅ-MM] | archive.sh get ID MAPP");
        return 2;
    }
}
