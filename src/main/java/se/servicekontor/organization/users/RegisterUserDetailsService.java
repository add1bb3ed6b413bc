package se.servicekontor.organization.users;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

import se.servicekontor.platform.Role;

/**
 * Login users from the organisation register: authorities are {@link Role#authority()} of the user's
 * roles. A user without a password hash gets an empty password, which {@link LoginConfiguration}'s
 * provider refuses before comparing anything.
 */
@Service
class RegisterUserDetailsService implements UserDetailsService {

    private final Users users;

    RegisterUserDetailsService(Users users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        AppUser user = users.find(username)
                .orElseThrow(() -> new UsernameNotFoundException("Okänd användare"));
        List<SimpleGrantedAuthority> authorities = user.roles().stream().sorted()
                .map(role -> new SimpleGrantedAuthority(role.authority())).toList();
        String hash = users.passwordHash(user.id()).orElse("");
        return User.withUsername(user.username())
                .password(hash)
                .disabled(!user.enabled())
                .authorities(authorities)
                .build();
    }
}
