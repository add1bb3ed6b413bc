package se.servicekontor.organization.importing;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which job execution imported which received file, and its outcome line (Administration → Organisation). */
@Repository
class ImportRuns {

    private final JdbcClient jdbc;

    ImportRuns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Links the file to its latest run (a restart is a new execution of the same import). */
    void started(long fileId, long jobExecutionId) {
        int updated = jdbc.sql("UPDATE organisation_import_run SET job_execution_id = ? WHERE received_file_id = ?")
                .params(jobExecutionId, fileId).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO organisation_import_run (received_file_id, job_execution_id) VALUES (?, ?)")
                    .params(fileId, jobExecutionId).update();
        }
    }

    void finished(long fileId, String outcome) {
        jdbc.sql("UPDATE organisation_import_run SET outcome = ? WHERE received_file_id = ?")
                .params(outcome, fileId).update();
    }

    Optional<Run> find(long fileId) {
        return jdbc.sql("SELECT job_execution_id, outcome FROM organisation_import_run WHERE received_file_id = ?")
                .param(fileId).query((rs, n) -> new Run(rs.getLong(1), rs.getString(2))).optional();
    }

    boolean any() {
        return jdbc.sql("SELECT count(*) FROM organisation_import_run").query(Long.class).single() > 0;
    }

    /** The latest run of one file. */
    record Run(long jobExecutionId, String outcome) {
    }
}
