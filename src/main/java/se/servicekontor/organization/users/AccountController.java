package se.servicekontor.organization.users;

import java.util.Optional;

import jakarta.servlet.http.HttpSession;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Passwords (issue 16): every user changes their own (the current one required); an administrator gives a
 * user a one-time password, which the user must replace at the first login ({@link PasswordChangeRequired}).
 */
@Controller
class AccountController {

    private final Users users;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy policy = PasswordPolicy.withShippedList();

    AccountController(Users users, PasswordEncoder passwordEncoder) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
    }

    @GetMapping("/konto/losenord")
    @PreAuthorize("isAuthenticated()")
    String passwordPage(Authentication user, Model model) {
        model.addAttribute("mustChange", users.mustChangePassword(user.getName()));
        model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
        return "organization/password";
    }

    @PostMapping("/konto/losenord")
    @PreAuthorize("isAuthenticated()")
    String changeOwn(Authentication user, @RequestParam String current, @RequestParam String password,
                     @RequestParam String repeated, HttpSession session, Model model, RedirectAttributes redirect) {
        String username = user.getName();
        Optional<String> hash = users.find(username).flatMap(u -> users.passwordHash(u.id()));
        String problem;
        if (hash.isEmpty() || !passwordEncoder.matches(current, hash.get())) {
            problem = "account.password.currentWrong";
        } else if (!password.equals(repeated)) {
            problem = "account.password.notRepeated";
        } else if (passwordEncoder.matches(password, hash.get())) {
            problem = "account.password.same";
        } else {
            problem = policy.problem(username, password).orElse(null);
        }
        if (problem != null) {
            model.addAttribute("problem", problem);
            return passwordPage(user, model);
        }
        users.setPasswordHash(username, passwordEncoder.encode(password), username);
        PasswordChangeRequired.forget(session);
        redirect.addFlashAttribute("changed", true);
        return "redirect:/konto/losenord";
    }

    @GetMapping("/administration/anvandare/{username}/losenord")
    @PreAuthorize("hasAnyRole('ADMIN', 'AUDITOR')") // the auditor sees the page, not the form
    String oneTimePasswordPage(@PathVariable String username, Model model) {
        model.addAttribute("user", users.find(username).orElseThrow(UnknownUser::new));
        model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
        return "organization/one-time-password";
    }

    @PostMapping("/administration/anvandare/{username}/losenord")
    @PreAuthorize("hasRole('ADMIN')")
    String setOneTime(@PathVariable String username, @RequestParam String password, Authentication admin,
                      Model model, RedirectAttributes redirect) {
        AppUser user = users.find(username).orElseThrow(UnknownUser::new);
        Optional<String> problem = policy.problem(user.username(), password);
        if (problem.isPresent()) {
            model.addAttribute("problem", problem.get());
            return oneTimePasswordPage(username, model);
        }
        users.setOneTimePasswordHash(user.username(), passwordEncoder.encode(password), admin.getName());
        redirect.addFlashAttribute("oneTimeSet", user.username());
        return "redirect:/administration/organisation";
    }

    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
    static final class UnknownUser extends RuntimeException {
        UnknownUser() {
            super("Okänd användare");
        }
    }
}
