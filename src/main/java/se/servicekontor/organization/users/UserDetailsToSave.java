package se.servicekontor.organization.users;

import java.util.Objects;
import java.util.Set;

import se.servicekontor.organization.DepartmentCode;
import se.servicekontor.platform.Role;

/**
 * What the organisation register says about a user (from the import or the users page). Never a
 * password: passwords are set on their own.
 *
 * @param department null when the user belongs to no particular department
 * @param email      null when unknown
 */
public record UserDetailsToSave(String username, String displayName, String email, DepartmentCode department,
                                Set<Role> roles, boolean enabled) {

    public UserDetailsToSave {
        username = Objects.requireNonNull(Users.normalise(username), "username");
        Objects.requireNonNull(displayName, "displayName");
        roles = Set.copyOf(roles);
    }

    String describe() {
        return displayName
                + (email == null ? "" : " <" + email + ">")
                + (department == null ? "" : ", förvaltning " + department)
                + (enabled ? ", aktiv" : ", inaktiverad")
                + ", roller: " + Users.describe(roles);
    }
}
