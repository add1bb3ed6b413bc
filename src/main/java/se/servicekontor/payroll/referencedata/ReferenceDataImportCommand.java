package se.servicekontor.payroll.referencedata;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import se.servicekontor.platform.jobs.CommandLineRuns;

/**
 * {@code batch-jobs/run/reference-data-import.sh tax-tables FILE [YEAR] [--activate]}: checks Skatteverket's monthly tax-table
 * file and stores it as a proposal (the same checks as the page; nothing stored when a line is wrong), prints the
 * sample lookups beside last year's, and with {@code --activate} activates it. Exit status 0 done, 1 refused, 2 wrong use.
 */
@Component
@ConditionalOnProperty("servicekontor.cli.reference-data-import")
class ReferenceDataImportCommand implements ApplicationRunner {

    static final String ARGUMENTS = "--reference-data-arguments";

    private final ReferenceData referenceData;
    private final MessageSource messages;
    private final ConfigurableApplicationContext context;

    ReferenceDataImportCommand(ReferenceData referenceData, MessageSource messages, ConfigurableApplicationContext context) {
        this.referenceData = referenceData;
        this.messages = messages;
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
        boolean activate = args.contains("--activate");
        List<String> rest = args.stream().filter(a -> !a.equals("--activate")).toList();
        if (rest.size() < 2 || rest.size() > 3 || !rest.get(0).equals("tax-tables"))
            return usage(err);
        Path file = Path.of(rest.get(1));
        Integer year = rest.size() == 3 ? parseYear(rest.get(2)) : yearFromName(file.getFileName().toString());
        if (year == null) {
            err.println("Ange året: reference-data-import.sh tax-tables FIL ÅR (filnamnet säger inget år).");
            return 2;
        }
        try {
            ReferenceData.Proposal proposal = referenceData.importTaxTables(year, file.getFileName().toString(), Files.readAllBytes(file),
                    CommandLineRuns.startedBy());
            ReferenceData.TaxTablePreview preview = referenceData.taxTablePreview(proposal.id());
            out.println("Skattetabeller " + year + ": " + preview.set().summary() + " (uppsättning " + proposal.id() + ", "
                    + (proposal.alreadyActive() ? "redan aktiv – inget ändrades" : proposal.alreadyThere() ? "samma fil fanns redan – inget ändrades" : "förslag") + ")");
            for (ReferenceData.Sample s : preview.samples())
                out.println("  tabell " + s.table() + " kolumn " + s.column() + " vid " + s.income() + " kr: " + s.tax() + " kr"
                        + (s.lastYearTax() == null ? "" : " (" + (year - 1) + ": " + s.lastYearTax() + " kr)"));
            if (activate && !proposal.alreadyActive()) {
                referenceData.confirm(proposal.id(), CommandLineRuns.startedBy());
                out.println("Aktiverad.");
            } else if (!proposal.alreadyActive())
                out.println("Granska och aktivera under Administration → Referensdata, eller kör igen med --activate.");
            return 0;
        } catch (ReferenceDataRefused refused) {
            Object[] strings = java.util.Arrays.stream(refused.args()).map(String::valueOf).toArray();
            err.println(messages.getMessage(refused.key(), strings, Locale.forLanguageTag("sv")));
            return 1;
        } catch (IOException e) {
            err.println("Kunde inte läsa " + file + ": " + e.getMessage());
            return 1;
        }
    }

    private static Integer parseYear(String text) {
        return text.matches("\\d{4}") ? Integer.valueOf(text) : null;
    }

    /** The year from a file name such as allmanna-tabeller-manad-2027.txt. */
    static Integer yearFromName(String name) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(20\\d\\d)").matcher(name);
        Integer year = null;
        while (m.find())
            year = Integer.valueOf(m.group(1));
        return year;
    }

    private static int usage(PrintStream err) {
        err.println("Användning: reference-data-import.sh tax-tables FIL [ÅR] [--activate]");
        return 2;
    }
}
