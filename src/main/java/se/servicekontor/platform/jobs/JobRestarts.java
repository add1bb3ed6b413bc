package se.servicekontor.platform.jobs;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Who last restarted a job instance from Körningar in this application, for a job whose own rules need to know (a pay run's
 * four-eyes: whoever restarted it may not release it). Recorded before the restart begins, so the job's listeners see it.
 */
@Component
public class JobRestarts {

    private final Map<Long, String> byInstance = new ConcurrentHashMap<>();

    void restarting(long jobInstanceId, String user) {
        byInstance.put(jobInstanceId, user);
    }

    /** The user who last restarted the job instance here; empty when nobody did. */
    public Optional<String> lastRestartedBy(long jobInstanceId) {
        return Optional.ofNullable(byInstance.get(jobInstanceId));
    }
}
