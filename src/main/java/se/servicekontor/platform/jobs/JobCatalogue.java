package se.servicekontor.platform.jobs;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

import se.servicekontor.platform.Role;

/**
 * The jobs Körningar knows (one {@link JobCatalogueEntry} bean per job) and who may do what with them:
 * a user sees and runs the jobs whose entry names one of their roles; ADMIN sees and runs all;
 * AUDITOR sees all and runs none. A job without an entry is visible to ADMIN and AUDITOR only.
 */
@Component
class JobCatalogue {

    private final Map<String, JobCatalogueEntry> entries;

    JobCatalogue(List<JobCatalogueEntry> entries) {
        this.entries = entries.stream().collect(Collectors.toMap(JobCatalogueEntry::jobName, Function.identity(),
                (a, b) -> {
                    throw new IllegalStateException("Two catalogue entries for job " + a.jobName());
                }, java.util.TreeMap::new));
    }

    Optional<JobCatalogueEntry> entry(String jobName) {
        return Optional.ofNullable(entries.get(jobName));
    }

    /** Message key of the job's title; {@code job.<name>} when the job has no entry. */
    String titleKey(String jobName) {
        return entry(jobName).map(JobCatalogueEntry::titleKey).orElse("job." + jobName);
    }

    /** The entries whose jobs this user may start, in name order. */
    List<JobCatalogueEntry> startableBy(Authentication user) {
        return entries.values().stream().filter(e -> mayRun(user, e.jobName())).toList();
    }

    /** The job names whose runs this user may see; empty means all (ADMIN, AUDITOR). */
    Optional<Set<String>> visibleJobNames(Authentication user) {
        Set<Role> roles = roles(user);
        if (roles.contains(Role.ADMIN) || roles.contains(Role.AUDITOR)) {
            return Optional.empty();
        }
        return Optional.of(entries.values().stream()
                .filter(e -> e.roles().stream().anyMatch(roles::contains))
                .map(JobCatalogueEntry::jobName)
                .collect(Collectors.toSet()));
    }

    boolean maySee(Authentication user, String jobName) {
        return visibleJobNames(user).map(names -> names.contains(jobName)).orElse(true);
    }

    boolean mayRun(Authentication user, String jobName) {
        Set<Role> roles = roles(user);
        if (roles.contains(Role.ADMIN)) {
            return true;
        }
        JobCatalogueEntry entry = entries.get(jobName);
        return entry != null && entry.roles().stream().filter(r -> r != Role.AUDITOR).anyMatch(roles::contains);
    }

    void requireVisible(Authentication user, String jobName) {
        if (!maySee(user, jobName)) {
            throw new AccessDeniedException("Användaren får inte se körningar av " + jobName);
        }
    }

    void requireRunnable(Authentication user, String jobName) {
        if (!mayRun(user, jobName)) {
            throw new AccessDeniedException("Användaren får inte köra " + jobName);
        }
    }

    private static Set<Role> roles(Authentication user) {
        Collection<? extends GrantedAuthority> authorities = user == null ? List.of() : user.getAuthorities();
        return authorities.stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a != null && a.startsWith("ROLE_"))
                .map(a -> a.substring("ROLE_".length()))
                .flatMap(name -> java.util.Arrays.stream(Role.values()).filter(r -> r.name().equals(name)))
                .collect(Collectors.toSet());
    }
}
