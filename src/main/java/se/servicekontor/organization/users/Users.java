package se.servicekontor.organization.users;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.servicekontor.organization.DepartmentCode;
import se.servicekontor.organization.register.Change;
import se.servicekontor.platform.Role;
import se.servicekontor.platform.audit.AuditTrail;

/**
 * The users who log in, with their roles. User names are kept in lower case. Every change of a user's
 * roles is audited (before → after), whoever makes it; so are new users and changed details.
 */
@Repository
public class Users {

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    Users(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public static String normalise(String username) {
        return username == null ? null : username.strip().toLowerCase(Locale.ROOT);
    }

    public Optional<AppUser> find(String username) {
        return jdbc.sql("""
                SELECT u.id, u.username, u.display_name, u.email, d.code AS department, u.enabled,
                       u.password_hash IS NOT NULL AS has_password
                FROM app_user u LEFT JOIN department d ON d.id = u.department_id WHERE u.username = ?""")
                .param(normalise(username))
                .query((rs, n) -> new AppUser(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                        rs.getString("email"), rs.getString("department") == null ? null : new DepartmentCode(rs.getString("department")),
                        rs.getBoolean("enabled"), rs.getBoolean("has_password"), Set.of()))
                .optional()
                .map(u -> u.withRoles(rolesOf(u.id())));
    }

    public boolean exists(String username) {
        return jdbc.sql("SELECT count(*) FROM app_user WHERE username = ?").param(normalise(username))
                .query(Long.class).single() > 0;
    }

    /** Creates the user or brings details and roles up to date; never touches the password. */
    public Change save(UserDetailsToSave user, String actor) {
        Long departmentId = user.department() == null ? null
                : jdbc.sql("SELECT id FROM department WHERE code = ?").param(user.department().value())
                        .query(Long.class).optional()
                        .orElseThrow(() -> new IllegalArgumentException("Okänd förvaltning " + user.department()));
        Optional<AppUser> existing = find(user.username());
        String subject = "användare " + user.username();
        if (existing.isEmpty()) {
            jdbc.sql("INSERT INTO app_user (username, display_name, email, department_id, enabled) VALUES (?, ?, ?, ?, ?)")
                    .params(user.username(), user.displayName(), user.email(), departmentId, user.enabled()).update();
            long id = find(user.username()).orElseThrow().id();
            user.roles().forEach(role -> insertRole(id, role));
            audit.record(actor, "organisation.user.created", subject, null, user.describe());
            if (!user.roles().isEmpty()) {
                audit.record(actor, "organisation.user.roles", subject, describe(Set.of()), describe(user.roles()));
            }
            return Change.CREATED;
        }
        AppUser before = existing.get();
        boolean detailsChanged = !Objects.equals(before.displayName(), user.displayName())
                || !Objects.equals(before.email(), user.email())
                || !Objects.equals(before.department(), user.department())
                || before.enabled() != user.enabled();
        if (detailsChanged) {
            jdbc.sql("UPDATE app_user SET display_name = ?, email = ?, department_id = ?, enabled = ? WHERE id = ?")
                    .params(user.displayName(), user.email(), departmentId, user.enabled(), before.id()).update();
            audit.record(actor, "organisation.user.updated", subject, before.asToSave().describe(), user.describe());
        }
        boolean rolesChanged = changeRoles(before, user.roles(), actor);
        return detailsChanged || rolesChanged ? Change.UPDATED : Change.UNCHANGED;
    }

    /** Gives the user exactly these roles; audited when that changes anything. */
    public boolean changeRoles(AppUser user, Set<Role> roles, String actor) {
        if (user.roles().equals(roles)) {
            return false;
        }
        jdbc.sql("DELETE FROM user_role WHERE user_id = ?").param(user.id()).update();
        roles.forEach(role -> insertRole(user.id(), role));
        audit.record(actor, "organisation.user.roles", "användare " + user.username(), describe(user.roles()), describe(roles));
        return true;
    }

    /** The user's own password (or one set by the import or a test): no change demanded at the next login. */
    public void setPasswordHash(String username, String passwordHash, String actor) {
        storePassword(username, passwordHash, false, actor, "nytt lösenord satt");
    }

    /** A password someone else chose (an administrator, the initial administrator): the user must change it at the first login. */
    public void setOneTimePasswordHash(String username, String passwordHash, String actor) {
        storePassword(username, passwordHash, true, actor, "engångslösenord satt, byts vid första inloggningen");
    }

    private void storePassword(String username, String passwordHash, boolean mustChange, String actor, String after) {
        int updated = jdbc.sql("UPDATE app_user SET password_hash = ?, password_must_change = ? WHERE username = ?")
                .params(passwordHash, mustChange, normalise(username)).update();
        if (updated == 0) {
            throw new IllegalArgumentException("Okänd användare");
        }
        audit.record(actor, "organisation.user.password", "användare " + normalise(username), null, after);
    }

    /** Whether the user logged in with a one-time password and must choose their own before anything else. */
    public boolean mustChangePassword(String username) {
        return jdbc.sql("SELECT password_must_change FROM app_user WHERE username = ?").param(normalise(username))
                .query(Boolean.class).optional().orElse(false);
    }

    /** Whether some enabled user has the role (e.g. whether an administrator can log in at all). */
    public boolean anyEnabledWith(Role role) {
        return jdbc.sql("""
                SELECT count(*) FROM app_user u JOIN user_role r ON r.user_id = u.id
                WHERE u.enabled AND r.role = ?""").param(role.name()).query(Long.class).single() > 0;
    }

    /** The password hash of an enabled or disabled user, if they have one; for login only. */
    Optional<String> passwordHash(long userId) {
        return jdbc.sql("SELECT password_hash FROM app_user WHERE id = ?").param(userId)
                .query(String.class).optional();
    }

    public long count() {
        return jdbc.sql("SELECT count(*) FROM app_user").query(Long.class).single();
    }

    /** All users with their roles, by user name (the overview in Administration). */
    public List<AppUser> all() {
        List<AppUser> users = jdbc.sql("""
                SELECT u.id, u.username, u.display_name, u.email, d.code AS department, u.enabled,
                       u.password_hash IS NOT NULL AS has_password
                FROM app_user u LEFT JOIN department d ON d.id = u.department_id ORDER BY u.username""")
                .query((rs, n) -> new AppUser(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                        rs.getString("email"), rs.getString("department") == null ? null : new DepartmentCode(rs.getString("department")),
                        rs.getBoolean("enabled"), rs.getBoolean("has_password"), Set.of()))
                .list();
        var roles = jdbc.sql("SELECT user_id, role FROM user_role")
                .query((rs, n) -> new Object[] {rs.getLong(1), Role.valueOf(rs.getString(2))}).list().stream()
                .collect(Collectors.groupingBy(r -> (Long) r[0], Collectors.mapping(r -> (Role) r[1],
                        Collectors.toCollection(() -> EnumSet.noneOf(Role.class)))));
        return users.stream().map(u -> u.withRoles(roles.getOrDefault(u.id(), EnumSet.noneOf(Role.class)))).toList();
    }

    private Set<Role> rolesOf(long userId) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        jdbc.sql("SELECT role FROM user_role WHERE user_id = ?").param(userId).query(String.class).list()
                .forEach(name -> roles.add(Role.valueOf(name)));
        return roles;
    }

    private void insertRole(long userId, Role role) {
        jdbc.sql("INSERT INTO user_role (user_id, role) VALUES (?, ?)").params(userId, role.name()).update();
    }

    static String describe(Set<Role> roles) {
        return roles.isEmpty() ? "(inga roller)"
                : roles.stream().sorted().map(Role::name).collect(Collectors.joining(", "));
    }
}
