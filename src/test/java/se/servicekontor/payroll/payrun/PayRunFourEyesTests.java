package se.servicekontor.payroll.payrun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.servicekontor.payroll.PayRunId;

/**
 * Issue 12, part 3 — four-eyes on a pay run (fyraögonsprincipen, FourEyes.samePerson): nobody who started or restarted the
 * final run may release it; another officer may.
 */
class PayRunFourEyesTests {

    static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

    @Test
    void theOfficerWhoRestartedTheRunCannotReleaseIt() {
        // lon1 started the final run, it failed, lon2 restarted it from Körningar: neither may release it, lon3 may
        assertThatThrownBy(() -> run(List.of("lon1", "lon2")).release("Lon2", NOW)).isInstanceOf(FourEyesViolation.class)
                .hasMessageContaining("Lon2");
        assertThatThrownBy(() -> run(List.of("lon1", "lon2")).release("lon1", NOW)).isInstanceOf(FourEyesViolation.class);
        assertThat(run(List.of("lon1", "lon2")).release("lon3", NOW).status()).isEqualTo(PayRunStatus.RELEASED);
    }

    @Test
    void theStarterIsRefusedWhatheverCaseOrSpacesTheNameIsTypedWith() {
        // started from the command line by the OS user "lon1" (pay-run.sh), released in the browser as "LON1 "
        assertThatThrownBy(() -> run(List.of()).release(" LON1 ", NOW)).isInstanceOf(FourEyesViolation.class);
    }

    private static PayRun run(List<String> officers) {
        return new PayRun(new PayRunId(7), YearMonth.of(2026, 11), PayRunKind.FINAL, PayRunStatus.CALCULATED, "lon1",
                LocalDate.of(2026, 11, 25), 0, null, null, officers);
    }
}
