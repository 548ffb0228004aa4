package org.hemicycle.mail.web;

import org.hemicycle.mail.Mailer;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The outbox, for platform admins (the security configuration keeps everyone else out): what Hemicycle sent or,
 * with no mail server configured, would have sent, so that an installation without one can still be followed.
 */
@Controller
@RequestMapping("/admin/outbox")
class OutboxController {

    private final Mailer mailer;

    OutboxController(Mailer mailer) {
        this.mailer = mailer;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "1") int page, Model model) {
        if (page < 1) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("messages", mailer.outbox(page - 1));
        return "mail/outbox";
    }

    @GetMapping("/{id}")
    String show(@PathVariable Long id, Model model) {
        model.addAttribute("message", mailer.message(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        return "mail/message";
    }
}
