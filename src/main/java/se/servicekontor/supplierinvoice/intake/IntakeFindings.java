package se.servicekontor.supplierinvoice.intake;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

import se.servicekontor.supplierinvoice.intake.validation.RuleFinding;

/** {@code intake_finding}: the rules validation fired on a received file (fatal ones of a rejection, warnings of an invoice). */
final class IntakeFindings {

    private IntakeFindings() {
    }

    static void replace(JdbcClient jdbc, long receivedFileId, List<RuleFinding> findings) {
        jdbc.sql("DELETE FROM intake_finding WHERE received_file_id = ?").param(receivedFileId).update();
        for (RuleFinding f : findings) {
            jdbc.sql("INSERT INTO intake_finding (received_file_id, severity, rule_id, message, location) VALUES (?, ?, ?, ?, ?)")
                    .params(receivedFileId, f.severity().name(), cut(f.ruleId(), 100), cut(f.message(), 4000), cut(f.location(), 1000))
                    .update();
        }
    }

    static List<RuleFinding> of(JdbcClient jdbc, long receivedFileId) {
        return jdbc.sql("SELECT severity, rule_id, message, location FROM intake_finding WHERE received_file_id = ? ORDER BY id")
                .param(receivedFileId)
                .query((rs, n) -> new RuleFinding(RuleFinding.Severity.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3),
                        rs.getString(4)))
                .list();
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }
}
