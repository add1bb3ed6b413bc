package se.servicekontor.organization.importing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Workbook;

import se.servicekontor.platform.documents.SafeWorkbooks;
import se.servicekontor.platform.documents.SafeWorkbooks.WorkbookRefused;

/**
 * Whether a whole workbook may be imported: a safe xlsx ({@link SafeWorkbooks}), at least one of the
 * organisation sheets, the required columns on each sheet that is there, and no sheet above the row
 * limit. The answer is the reason for refusing it, in Swedish, or the sheets it has.
 */
final class WorkbookCheck {

    private final SafeWorkbooks.Limits limits;
    private final int maxRowsPerSheet;

    WorkbookCheck(SafeWorkbooks.Limits limits, int maxRowsPerSheet) {
        this.limits = limits;
        this.maxRowsPerSheet = maxRowsPerSheet;
    }

    /** The reason to refuse the workbook (null if none) and the organisation sheets it has. */
    record Verdict(String refusal, List<OrganisationSheet> sheets) {
        static Verdict refused(String reason) {
            return new Verdict(reason, List.of());
        }
    }

    Verdict check(Path file) {
        try {
            List<OrganisationSheet> present = new ArrayList<>();
            try (Workbook workbook = SafeWorkbooks.open(file, limits)) {
                for (OrganisationSheet sheet : OrganisationSheet.values()) {
                    if (SheetRows.present(workbook, sheet)) {
                        present.add(sheet);
                    }
                }
            }
            if (present.isEmpty()) {
                return Verdict.refused("Arbetsboken har inget av bladen Förvaltningar, Ansvar, Användare, Anställda eller "
                        + "Attesträtter. Använd mallen för organisationsimport.");
            }
            for (OrganisationSheet sheet : present) {
                Optional<String> problem = checkSheet(file, sheet);
                if (problem.isPresent()) {
                    return Verdict.refused(problem.get());
                }
            }
            return new Verdict(null, List.copyOf(present));
        } catch (WorkbookRefused e) {
            return Verdict.refused(e.getMessage());
        } catch (java.io.IOException | RuntimeException e) {
            return Verdict.refused("Filen kunde inte läsas som en Excel-arbetsbok (.xlsx): " + e.getMessage());
        }
    }

    private Optional<String> checkSheet(Path file, OrganisationSheet sheet) throws WorkbookRefused {
        try (SheetRows rows = SheetRows.open(file, sheet, limits)) {
            List<String> missing = rows.missingHeaders();
            if (!missing.isEmpty()) {
                return Optional.of("Bladet " + sheet.title() + " saknar " + (missing.size() == 1 ? "kolumnen " : "kolumnerna ")
                        + String.join(", ", missing) + " på rad 1. Använd rubrikerna från mallen.");
            }
            int count = 0;
            while (rows.hasNext()) {
                rows.next();
                if (++count > maxRowsPerSheet) {
                    return Optional.of("Bladet " + sheet.title() + " har fler än " + SummaryTasklet.number(maxRowsPerSheet)
                            + " rader, som är gränsen för en import. Dela upp arbetsboken.");
                }
            }
            return Optional.empty();
        }
    }
}
