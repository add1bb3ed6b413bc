package se.servicekontor.platform.web;

import org.springframework.core.env.Environment;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page and the start page with a card per area the user may open. */
@Controller
class ShellController {

    private final boolean demo;

    ShellController(Environment environment) {
        this.demo = environment.matchesProfiles("demo");
    }

    @GetMapping("/login")
    @PreAuthorize("permitAll()")
    String login(Model model) {
        model.addAttribute("demo", demo);
        return "login";
    }

    @GetMapping("/")
    @PreAuthorize("isAuthenticated()")
    String home() {
        return "home";
    }
}
