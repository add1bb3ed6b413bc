package se.servicekontor.organization.importing;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import se.servicekontor.platform.Role;

/**
 * Reads the Roller column: role names separated by comma (or semicolon), as in {@link Role} or in
 * Swedish (KUNDCENTER, LÖN, EKONOMI, ATTESTANT, CHEF, ADMINISTRATÖR, REVISOR).
 */
final class RoleNames {

    static final Map<String, Role> SWEDISH = Map.ofEntries(
            Map.entry("KUNDCENTER", Role.AGENT), Map.entry("HANDLÄGGARE", Role.AGENT),
            Map.entry("LÖN", Role.PAYROLL_OFFICER), Map.entry("LÖNEHANDLÄGGARE", Role.PAYROLL_OFFICER),
            Map.entry("EKONOMI", Role.ECONOMY_OFFICER), Map.entry("EKONOMIHANDLÄGGARE", Role.ECONOMY_OFFICER),
            Map.entry("ATTESTANT", Role.APPROVER), Map.entry("CHEF", Role.MANAGER),
            Map.entry("ADMINISTRATÖR", Role.ADMIN), Map.entry("REVISOR", Role.AUDITOR));

    private RoleNames() {
    }

    /** @throws IllegalArgumentException naming the first unknown role */
    static Set<Role> parse(String text) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String part : text.split("[,;]")) {
            String name = part.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
            if (name.isEmpty()) {
                continue;
            }
            Role role = SWEDISH.get(name);
            if (role == null) {
                try {
                    role = Role.valueOf(name);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("okänd roll '" + part.strip() + "'");
                }
            }
            roles.add(role);
        }
        return roles;
    }
}
