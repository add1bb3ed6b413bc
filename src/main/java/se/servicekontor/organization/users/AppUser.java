package se.servicekontor.organization.users;

import java.util.Set;

import se.servicekontor.organization.DepartmentCode;
import se.servicekontor.platform.Role;

/** A user as stored: whether they have a password is all that leaves the login code. */
public record AppUser(long id, String username, String displayName, String email, DepartmentCode department,
                      boolean enabled, boolean hasPassword, Set<Role> roles) {

    public AppUser {
        roles = Set.copyOf(roles);
    }

    AppUser withRoles(Set<Role> roles) {
        return new AppUser(id, username, displayName, email, department, enabled, hasPassword, roles);
    }

    UserDetailsToSave asToSave() {
        return new UserDetailsToSave(username, displayName, email, department, roles, enabled);
    }
}
