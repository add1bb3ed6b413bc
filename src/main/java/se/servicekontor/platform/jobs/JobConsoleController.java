package se.servicekontor.platform.jobs;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;

import se.servicekontor.platform.Incident;

/**
 * Körningar: every run of the jobs the user may see, its progress and counts, its skipped items, and
 * the actions start, stop, restart and abandon. Each action is written to the audit trail.
 */
@Controller
class JobConsoleController {

    private static final Logger log = LoggerFactory.getLogger(JobConsoleController.class);

    static final String READ = "hasAnyRole('PAYROLL_OFFICER','ECONOMY_OFFICER','ADMIN','AUDITOR')";
    static final String RUN = "hasAnyRole('PAYROLL_OFFICER','ECONOMY_OFFICER','ADMIN')";
    static final int PAGE_SIZE = 20;
    static final String FIELD_PREFIX = "p.";

    private final JobRuns runs;
    private final JobCatalogue catalogue;
    private final JobLaunches launches;
    private final JobActions actions;
    private final SkippedItems skippedItems;
    private final MessageSource messages;
    private final Clock clock;

    JobConsoleController(JobRuns runs, JobCatalogue catalogue, JobLaunches launches, JobActions actions,
                         SkippedItems skippedItems, MessageSource messages, Clock clock) {
        this.runs = runs;
        this.catalogue = catalogue;
        this.launches = launches;
        this.actions = actions;
        this.skippedItems = skippedItems;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/korningar")
    @PreAuthorize(READ)
    String list(@RequestParam(name = "sida", defaultValue = "1") int page, Authentication user, Model model) {
        listModel(Math.max(1, page), user, model);
        return "jobs/list";
    }

    @PostMapping("/korningar/starta")
    @PreAuthorize(RUN)
    String start(@RequestParam("jobb") String jobName, @RequestParam MultiValueMap<String, String> form,
                 Authentication user, Model model, RedirectAttributes redirect, Locale locale,
                 HttpServletResponse response) {
        catalogue.requireRunnable(user, jobName);
        var entry = catalogue.entry(jobName);
        Map<String, String> parameters = new LinkedHashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        for (JobCatalogueEntry.Parameter parameter : entry.map(JobCatalogueEntry::parameters).orElse(List.of())) {
            String value = form.getFirst(FIELD_PREFIX + parameter.name());
            value = value == null ? "" : value.strip();
            if (!value.isEmpty()) {
                parameters.put(parameter.name(), value);
            } else if (parameter.required()) {
                errors.put(parameter.name(), "jobs.start.required");
            }
        }
        if (!errors.isEmpty()) {
            model.addAttribute("startErrors", Map.of(jobName, errors));
            model.addAttribute("startValues", Map.of(jobName, parameters));
            listModel(1, user, model);
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return "jobs/list";
        }
        try {
            long id = actions.start(jobName, parameters, user.getName());
            redirect.addFlashAttribute("flashSuccess", text("jobs.flash.started", locale, String.valueOf(id)));
            return "redirect:/korningar/" + id;
        } catch (RuntimeException e) {
            String incident = Incident.log(log, "start of job " + jobName + " failed", e);
            redirect.addFlashAttribute("flashError", text("jobs.flash.startFailedIncident", locale, incident));
            return "redirect:/korningar";
        }
    }

    @GetMapping("/korningar/{id}")
    @PreAuthorize(READ)
    String detail(@PathVariable long id, Authentication user, Model model) {
        JobExecution execution = visible(id, user);
        detailModel(execution, user, model);
        model.addAttribute("skipped", skippedItems.forExecution(id));
        model.addAttribute("laterRunId", actions.laterRunOf(execution));
        return "jobs/detail";
    }

    /** htmx polls this every 2 s while the run is going; when it has finished the page reloads once. */
    @HxRequest
    @GetMapping("/korningar/{id}")
    @PreAuthorize(READ)
    String progress(@PathVariable long id, Authentication user, Model model, HttpServletResponse response) {
        JobExecution execution = visible(id, user);
        JobRun run = detailModel(execution, user, model);
        if (!run.running()) {
            response.setHeader("HX-Refresh", "true");
        }
        return "jobs/detail :: progress";
    }

    @GetMapping("/korningar/{id}/overhoppade.csv")
    @PreAuthorize(READ)
    ResponseEntity<byte[]> skippedCsv(@PathVariable long id, Authentication user, Locale locale) {
        visible(id, user);
        List<String> header = List.of(text("jobs.csv.step", locale), text("jobs.csv.item", locale),
                text("jobs.csv.reason", locale), text("jobs.csv.content", locale));
        byte[] body = SkippedItemsCsv.write(skippedItems.forExecution(id), header);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("overhoppade-" + id + ".csv").build().toString())
                .body(body);
    }

    @PostMapping("/korningar/{id}/stoppa")
    @PreAuthorize(RUN)
    String stop(@PathVariable long id, Authentication user, RedirectAttributes redirect, Locale locale) {
        JobExecution execution = runnable(id, user);
        return act(redirect, locale, id, "jobs.flash.stopped", () -> actions.stop(execution, user.getName()));
    }

    @PostMapping("/korningar/{id}/starta-om")
    @PreAuthorize(RUN)
    String restart(@PathVariable long id, Authentication user, RedirectAttributes redirect, Locale locale) {
        JobExecution execution = runnable(id, user);
        try {
            long newId = actions.restart(execution, user.getName());
            redirect.addFlashAttribute("flashSuccess", text("jobs.flash.restarted", locale, String.valueOf(newId)));
            return "redirect:/korningar/" + newId;
        } catch (RuntimeException e) {
            String incident = Incident.log(log, "restart of job run " + id + " failed", e);
            redirect.addFlashAttribute("flashError", text("jobs.flash.actionFailedIncident", locale, incident));
            return "redirect:/korningar/" + id;
        }
    }

    @PostMapping("/korningar/{id}/overge")
    @PreAuthorize(RUN)
    String abandon(@PathVariable long id, Authentication user, RedirectAttributes redirect, Locale locale) {
        JobExecution execution = runnable(id, user);
        return act(redirect, locale, id, "jobs.flash.abandoned", () -> actions.abandon(execution, user.getName()));
    }

    private String act(RedirectAttributes redirect, Locale locale, long id, String successKey, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flashSuccess", text(successKey, locale, String.valueOf(id)));
        } catch (RuntimeException e) {
            String incident = Incident.log(log, "action on job run " + id + " failed", e);
            redirect.addFlashAttribute("flashError", text("jobs.flash.actionFailedIncident", locale, incident));
        }
        return "redirect:/korningar/" + id;
    }

    private void listModel(int page, Authentication user, Model model) {
        JobRuns.Page runsPage = runs.page(catalogue.visibleJobNames(user), page - 1, PAGE_SIZE);
        LocalDateTime now = LocalDateTime.now(clock.withZone(java.time.ZoneId.systemDefault()));
        model.addAttribute("runs", runsPage.executions().stream().map(e -> JobRun.of(e, List.of(), catalogue, now, actions.isRunningHere(e.getId()))).toList());
        model.addAttribute("page", page);
        model.addAttribute("pages", runsPage.pages());
        model.addAttribute("total", runsPage.total());
        model.addAttribute("startable", catalogue.startableBy(user).stream()
                .filter(e -> launches.jobNames().contains(e.jobName())).toList());
    }

    private JobRun detailModel(JobExecution execution, Authentication user, Model model) {
        LocalDateTime now = LocalDateTime.now(clock.withZone(java.time.ZoneId.systemDefault()));
        JobRun run = JobRun.of(execution, runs.earlierAttempts(execution), catalogue, now,
                actions.isRunningHere(execution.getId()));
        model.addAttribute("run", run);
        model.addAttribute("mayRun", catalogue.mayRun(user, run.jobName()));
        return run;
    }

    private JobExecution visible(long id, Authentication user) {
        JobExecution execution = runs.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        catalogue.requireVisible(user, execution.getJobInstance().getJobName());
        return execution;
    }

    private JobExecution runnable(long id, Authentication user) {
        JobExecution execution = visible(id, user);
        catalogue.requireRunnable(user, execution.getJobInstance().getJobName());
        return execution;
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
