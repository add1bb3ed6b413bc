package se.servicekontor.platform.web;

import java.util.stream.IntStream;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The landing page of each area of the office. Areas whose module is not built yet say so and list
 * what will come (DESIGN.md); a module that builds its area replaces its method here with its own page.
 */
@Controller
class AreaController {

    @GetMapping("/administration")
    @PreAuthorize("hasAnyRole('ADMIN','AUDITOR')")
    String administration() {
        return "areas/administration";
    }

    /** An area page that says plainly it is not built, with the message keys {@code area.<area>.coming.1..n}. */
    private static String notBuilt(Model model, String area, int comingCount) {
        model.addAttribute("area", area);
        model.addAttribute("coming", IntStream.rangeClosed(1, comingCount)
                .mapToObj(i -> "area." + area + ".coming." + i).toList());
        return "areas/not-built";
    }
}
