package org.hemicycle.cocreation.web;

import jakarta.servlet.http.HttpServletRequest;
import org.hemicycle.account.Actor;
import org.hemicycle.account.HemicycleUser;
import org.hemicycle.cocreation.ForumService;
import org.hemicycle.cocreation.MeetingService;
import org.hemicycle.cocreation.MeetingsPage;
import org.hemicycle.site.PublicAddress;
import org.hemicycle.site.PersonalPage;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A plan's forum and meetings as the public reads them, the meetings' calendar, and registering for one. */
@Controller
@RequestMapping("/parliaments/{parliament}/plans/{plan}")
class PublicCoCreationController {

    private static final MediaType CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);

    private final ForumService forums;
    private final MeetingService meetings;
    private final PublicAddress address;

    PublicCoCreationController(ForumService forums, MeetingService meetings, PublicAddress address) {
        this.forums = forums;
        this.meetings = meetings;
        this.address = address;
    }

    @GetMapping("/forum")
    String forum(Actor actor, @PathVariable String parliament, @PathVariable String plan, Model model) {
        model.addAttribute("page", forums.page(actor, parliament, plan));
        return "cocreation/forum";
    }

    @GetMapping("/meetings")
    String meetings(Actor actor, @PathVariable String parliament, @PathVariable String plan, Model model) {
        model.addAttribute("page", meetings.list(actor, parliament, plan));
        return "cocreation/meetings";
    }

    @GetMapping(value = "/meetings.ics")
    ResponseEntity<String> calendar(Actor actor, @PathVariable String parliament, @PathVariable String plan) {
        MeetingsPage page = meetings.list(actor, parliament, plan);
        String planAddress = address.of("/parliaments/" + page.parliament().getSlug() + "/plans/" + page.plan().getSlug());
        return ResponseEntity.ok().contentType(CALENDAR).cacheControl(CacheControl.noCache())
                .body(MeetingCalendar.of(page, planAddress, java.net.URI.create(planAddress).getHost()));
    }

    @GetMapping("/meetings/{id}")
    String meeting(Actor actor, @PathVariable String parliament, @PathVariable String plan, @PathVariable Long id,
                   Model model, HttpServletRequest request) {
        if (actor instanceof HemicycleUser) {
            // Shows whether this reader is registered.
            PersonalPage.mark(request);
        }
        model.addAttribute("page", meetings.page(actor, parliament, plan, id));
        return "cocreation/meeting";
    }

    @PostMapping("/meetings/{id}/registration")
    String register(Actor actor, @PathVariable String parliament, @PathVariable String plan, @PathVariable Long id,
                    RedirectAttributes redirect) {
        meetings.register(actor, id);
        redirect.addFlashAttribute("notice", "cocreation.registered");
        return "redirect:/parliaments/" + parliament + "/plans/" + plan + "/meetings/" + id;
    }

    @PostMapping("/meetings/{id}/registration/cancel")
    String cancel(Actor actor, @PathVariable String parliament, @PathVariable String plan, @PathVariable Long id,
                  RedirectAttributes redirect) {
        meetings.cancelRegistration(actor, id);
        redirect.addFlashAttribute("notice", "cocreation.registration-cancelled");
        return "redirect:/parliaments/" + parliament + "/plans/" + plan + "/meetings/" + id;
    }
}
