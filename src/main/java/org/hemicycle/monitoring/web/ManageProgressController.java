package org.hemicycle.monitoring.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.hemicycle.account.Actor;
import org.hemicycle.commitment.ProgressStatus;
import org.hemicycle.monitoring.EvidenceUpload;
import org.hemicycle.monitoring.MonitoringService;
import org.hemicycle.monitoring.NewReading;
import org.hemicycle.monitoring.NewUpdate;
import org.hemicycle.plan.PlanRuleViolation;
import org.hemicycle.site.FormErrors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Where the plan team and a commitment's co-implementers post its updates and its indicators' readings. */
@Controller
@RequestMapping("/manage/commitments/{commitmentId}/progress")
class ManageProgressController {

    record UpdateForm(@Nullable Long activityId, @Nullable @NotNull ProgressStatus status, @Nullable Integer percent,
                      @Nullable @NotBlank @Size(max = MonitoringService.MAX_NARRATIVE) String narrative,
                      @Nullable @Size(max = MonitoringService.MAX_LINK) String evidenceLink,
                      @Nullable LocalDate postedOn, @Nullable MultipartFile evidenceFile) {
    }

    record ReadingForm(@Nullable @NotNull Long indicatorId, @Nullable @NotNull LocalDate readOn,
                       @Nullable @NotNull BigDecimal value, @Nullable @Size(max = MonitoringService.MAX_SOURCE) String source) {
    }

    private final MonitoringService monitoring;

    ManageProgressController(MonitoringService monitoring) {
        this.monitoring = monitoring;
    }

    @GetMapping
    String workspace(Actor actor, @PathVariable Long commitmentId, Model model) {
        model.addAttribute("page", monitoring.workspace(actor, commitmentId));
        model.addAttribute("maxEvidenceMegabytes", monitoring.maxEvidenceBytes() / 1_000_000);
        if (!model.containsAttribute("update")) {
            model.addAttribute("update", new UpdateForm(null, ProgressStatus.IN_PROGRESS, null, null, null, LocalDate.now(), null));
        }
        if (!model.containsAttribute("reading")) {
            model.addAttribute("reading", new ReadingForm(null, LocalDate.now(), null, null));
        }
        return "monitoring/manage";
    }

    @PostMapping("/updates")
    String post(Actor actor, @PathVariable Long commitmentId, @Valid @ModelAttribute("update") UpdateForm update,
                BindingResult errors, Model model,
                HttpServletResponse response, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                Long id = monitoring.post(actor, commitmentId, new NewUpdate(update.activityId(), update.status(),
                        update.percent(), update.narrative(), update.evidenceLink(),
                        update.postedOn() == null ? LocalDate.now() : update.postedOn()), upload(update.evidenceFile()));
                redirect.addFlashAttribute("notice", "progress.posted");
                return "redirect:/manage/commitments/" + commitmentId + "/progress#update-" + id;
            } catch (PlanRuleViolation violation) {
                FormErrors.reject(errors, violation);
            }
        }
        FormErrors.markUnprocessable(response);
        return workspace(actor, commitmentId, model);
    }

    @PostMapping("/readings")
    String record(Actor actor, @PathVariable Long commitmentId, @Valid @ModelAttribute("reading") ReadingForm reading,
                  BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                monitoring.record(actor, commitmentId, new NewReading(reading.indicatorId(), reading.readOn(),
                        reading.value(), reading.source()));
                redirect.addFlashAttribute("notice", "reading.recorded");
                return "redirect:/manage/commitments/" + commitmentId + "/progress#readings";
            } catch (PlanRuleViolation violation) {
                FormErrors.reject(errors, violation);
            }
        }
        FormErrors.markUnprocessable(response);
        return workspace(actor, commitmentId, model);
    }

    @PostMapping("/co-implementers")
    String name(Actor actor, @PathVariable Long commitmentId, @RequestParam(required = false) @Nullable Long accountId,
                Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            if (accountId == null) {
                throw new PlanRuleViolation("accountId", "progress.error.not-civil-society");
            }
            monitoring.addCoImplementer(actor, commitmentId, accountId);
            redirect.addFlashAttribute("notice", "co-implementer.added");
            return "redirect:/manage/commitments/" + commitmentId + "/progress#co-implementers";
        } catch (PlanRuleViolation violation) {
            model.addAttribute("refusal", violation.messageKey());
            FormErrors.markUnprocessable(response);
            return workspace(actor, commitmentId, model);
        }
    }

    @PostMapping("/co-implementers/{accountId}/remove")
    String unname(Actor actor, @PathVariable Long commitmentId, @PathVariable Long accountId, RedirectAttributes redirect) {
        monitoring.removeCoImplementer(actor, commitmentId, accountId);
        redirect.addFlashAttribute("notice", "co-implementer.removed");
        return "redirect:/manage/commitments/" + commitmentId + "/progress#co-implementers";
    }

    /** A text that is no whole number comes as null and is refused with the same words as one out of range. */
    @PostMapping("/activities/{activityId}/weight")
    String weigh(Actor actor, @PathVariable Long commitmentId, @PathVariable Long activityId,
                 @RequestParam(required = false) @Nullable String weight, Model model, HttpServletResponse response,
                 RedirectAttributes redirect) {
        try {
            monitoring.weigh(actor, commitmentId, activityId, wholeNumber(weight));
            redirect.addFlashAttribute("notice", "weight.saved");
            return "redirect:/manage/commitments/" + commitmentId + "/progress#weights";
        } catch (PlanRuleViolation violation) {
            // Said beside the activity's field, where the form brings the reader back (#weights), with what they typed.
            model.addAttribute("weightRefusedFor", activityId);
            model.addAttribute("weightTyped", weight == null ? "" : weight.strip());
            FormErrors.markUnprocessable(response);
            return workspace(actor, commitmentId, model);
        }
    }

    private static int wholeNumber(@Nullable String text) {
        try {
            return text == null ? 0 : Integer.parseInt(text.strip());
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }

    /** No file chosen comes as an empty part with no name: no evidence file. */
    private static @Nullable EvidenceUpload upload(@Nullable MultipartFile file) {
        if (file == null || file.isEmpty()) {
            return null;
        }
        try {
            String name = file.getOriginalFilename();
            return new EvidenceUpload(name == null ? "evidence" : name, file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
