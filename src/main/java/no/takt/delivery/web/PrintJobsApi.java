package no.takt.delivery.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.nio.file.Files;
import no.takt.delivery.PrintJobs;
import no.takt.platform.errors.NotFoundException;
import no.takt.platform.web.Download;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The print queue as one PDF made in the background, with its progress: started with {@code POST
 * /api/v1/deliveries/print-queue/jobs} (or the button on *Utsendelser*), followed on its page.
 */
@Controller
@Tag(name = "Deliveries")
class PrintJobsApi {

    private final PrintJobs jobs;

    PrintJobsApi(PrintJobs jobs) {
        this.jobs = jobs;
    }

    @Operation(summary = "Make the print queue into one PDF in the background",
            description = "Up to the delivery id upTo (without it: the whole queue). Answers 202 with the job; follow"
                    + " it at its URL until status is DONE, then download its PDF. 404 when the queue is empty.")
    @PostMapping("/api/v1/deliveries/print-queue/jobs")
    @ResponseBody
    ResponseEntity<PrintJobs.PrintJob> start(@RequestParam(required = false) Long upTo) {
        PrintJobs.PrintJob job = jobs.start(upTo);
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .location(java.net.URI.create("/api/v1/deliveries/print-queue/jobs/" + job.id())).body(job);
    }

    @GetMapping("/api/v1/deliveries/print-queue/jobs/{id}")
    @ResponseBody
    PrintJobs.PrintJob get(@PathVariable long id) {
        return jobs.get(id);
    }

    @Operation(summary = "A done print job's PDF", description = "404 until the job is done.")
    @GetMapping({"/api/v1/deliveries/print-queue/jobs/{id}/pdf", "/deliveries/print-jobs/{id}/pdf"})
    ResponseEntity<byte[]> pdf(@PathVariable long id) throws IOException {
        var file = jobs.pdf(id).orElseThrow(() -> new NotFoundException("print-job", id));
        return Download.inline(MediaType.APPLICATION_PDF, file.getFileName().toString()).body(Files.readAllBytes(file));
    }

    @PostMapping("/deliveries/print-queue/jobs")
    String startPage(@RequestParam(required = false) Long upTo) {
        return "redirect:/deliveries/print-jobs/" + jobs.start(upTo).id();
    }

    /** The job's page; {@code fragment}: only its progress, as the page asks for it every second. */
    @GetMapping("/deliveries/print-jobs/{id}")
    String page(@PathVariable long id, @RequestParam(defaultValue = "false") boolean fragment, Model model) {
        model.addAttribute("job", jobs.get(id));
        return fragment ? "delivery/print-job :: progress" : "delivery/print-job";
    }
}
