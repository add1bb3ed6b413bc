package se.servicekontor.platform.web;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may open what. Every URL rule here is repeated as {@code @PreAuthorize} on the handler, so a
 * mistake in one place is caught by the other. AUDITOR reads everything and never posts.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

    /** No inline script or style anywhere: htmx comes from the jar, and its indicator styles are switched off. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    /** Only in a web application: the command-line runs (batch-jobs/run/*.sh) start without a web server. */
    @Bean
    @ConditionalOnWebApplication
    SecurityFilterChain web(HttpSecurity http, AuthenticationManager authenticationManager, Environment environment) throws Exception {
        // issue 16: on a separate management port (not published) Prometheus scrapes without a login; the app port has no actuator
        boolean separateManagementPort = separateManagementPort(environment);
        http.authenticationManager(authenticationManager)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/favicon.svg", "/error",
                                "/actuator/health", "/e-tjanst/**").permitAll()
                        .requestMatchers(separateManagementPort ? "/actuator/**" : "/actuator/none").permitAll()
                        .requestMatchers("/actuator/**").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.GET, "/kundcenter/**").hasAnyRole("AGENT", "ADMIN", "AUDITOR")
                        .requestMatchers("/kundcenter/**").hasAnyRole("AGENT", "ADMIN")
                        .requestMatchers(HttpMethod.GET, "/lonecenter/**").hasAnyRole("PAYROLL_OFFICER", "ADMIN", "AUDITOR")
                        .requestMatchers("/lonecenter/**").hasAnyRole("PAYROLL_OFFICER", "ADMIN")
                        .requestMatchers(HttpMethod.GET, "/ekonomicenter/**").hasAnyRole("ECONOMY_OFFICER", "ADMIN", "AUDITOR")
                        .requestMatchers("/ekonomicenter/**").hasAnyRole("ECONOMY_OFFICER", "ADMIN")
                        .requestMatchers("/attestera/**").hasRole("APPROVER")
                        .requestMatchers(HttpMethod.GET, "/oversikt/**").hasAnyRole("APPROVER", "MANAGER", "ADMIN", "AUDITOR")
                        .requestMatchers("/oversikt/**").hasAnyRole("APPROVER", "MANAGER", "ADMIN")
                        .requestMatchers(HttpMethod.GET, "/korningar/**")
                        .hasAnyRole("PAYROLL_OFFICER", "ECONOMY_OFFICER", "ADMIN", "AUDITOR")
                        .requestMatchers("/korningar/**").hasAnyRole("PAYROLL_OFFICER", "ECONOMY_OFFICER", "ADMIN")
                        .requestMatchers(HttpMethod.GET, "/arkiv/**", "/arkiv")
                        .hasAnyRole("PAYROLL_OFFICER", "ECONOMY_OFFICER", "ADMIN", "AUDITOR")
                        // Referensdata: payroll officers read what the pay run needs (issue 17); changes stay with administrators
                        .requestMatchers(HttpMethod.GET, "/administration/referensdata", "/administration/referensdata/**")
                        .hasAnyRole("ADMIN", "AUDITOR", "PAYROLL_OFFICER")
                        .requestMatchers(HttpMethod.GET, "/administration/**").hasAnyRole("ADMIN", "AUDITOR")
                        .requestMatchers("/administration/**").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.GET, "/").authenticated()
                        .requestMatchers("/konto/**").authenticated() // issue 16: one's own password
                        .anyRequest().denyAll())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout")
                        .deleteCookies("JSESSIONID").permitAll())
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                // Session-held token; pages put it in a hidden field and htmx sends it as X-CSRF-TOKEN (layout.html).
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(frame -> frame.deny())
                        // issue 16: sent on HTTPS requests only (behind a TLS proxy: X-Forwarded-Proto, server.forward-headers-strategy)
                        .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(31_536_000).includeSubDomains(true))
                        .contentTypeOptions(contentType -> { }));
        return http.build();
    }

    /** Whether actuator answers on a port of its own (management.server.port set, not negative, not the app's port). */
    static boolean separateManagementPort(Environment environment) {
        String management = environment.getProperty("management.server.port", "").strip();
        if (management.isEmpty() || management.startsWith("-")) {
            return false;
        }
        if (management.equals("0")) {
            return true; // a random port of its own
        }
        return !management.equals(environment.getProperty("server.port", "8080").strip());
    }

    private static HttpSessionCsrfTokenRepository csrfTokens() {
        HttpSessionCsrfTokenRepository repository = new HttpSessionCsrfTokenRepository();
        repository.setHeaderName("X-CSRF-TOKEN");
        return repository;
    }

    /**
     * One manager over every {@link AuthenticationProvider} the modules contribute (database users with
     * BCrypt; in the demo profile also the demo password). With none, a {@link UserDetailsService} is
     * used with the password encoder; with neither, nobody can log in, but the application still starts.
     */
    @Bean
    AuthenticationManager authenticationManager(ObjectProvider<AuthenticationProvider> providers,
                                                ObjectProvider<UserDetailsService> userDetailsServices,
                                                PasswordEncoder passwordEncoder,
                                                ApplicationEventPublisher events,
                                                LoginThrottle loginThrottle) {
        List<AuthenticationProvider> all = providers.orderedStream().toList();
        if (all.isEmpty()) {
            UserDetailsService users = userDetailsServices.getIfUnique();
            if (users != null) {
                DaoAuthenticationProvider dao = new DaoAuthenticationProvider(users);
                dao.setPasswordEncoder(passwordEncoder);
                all = List.of(dao);
            }
        }
        if (all.isEmpty()) {
            log.warn("No AuthenticationProvider or UserDetailsService in the context: nobody can log in.");
            all = List.of(new NobodyAuthenticationProvider());
        }
        ProviderManager manager = new ProviderManager(all);
        manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
        return new ThrottledAuthenticationManager(manager, loginThrottle);
    }

    // --- issue 16: login throttling (numbers in application.yml, servicekontor.security.login.*) ---
    @Bean
    LoginThrottle loginThrottle(@Value("${servicekontor.security.login.max-failures-per-account:5}") int perAccount,
                                @Value("${servicekontor.security.login.max-failures-per-address:50}") int perAddress,
                                @Value("${servicekontor.security.login.window:15m}") Duration window,
                                @Value("${servicekontor.security.login.lockout:15m}") Duration lockout,
                                Clock clock) {
        return new LoginThrottle(new LoginThrottle.Limits(perAccount, perAddress, window, lockout), clock);
    }
    // --- end issue 16 ---

    @Bean
    PasswordEncoder passwordEncoder() {
        // {bcrypt} by default; the prefix lets stored hashes move to a stronger scheme later.
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** Rejects every login; used only when no module contributes users. Not a bean, so it never hides a real one. */
    private static final class NobodyAuthenticationProvider implements AuthenticationProvider {
        @Override
        public org.springframework.security.core.Authentication authenticate(
                org.springframework.security.core.Authentication authentication) {
            throw new BadCredentialsException("Inga användare är inlagda.");
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return true;
        }
    }
}
