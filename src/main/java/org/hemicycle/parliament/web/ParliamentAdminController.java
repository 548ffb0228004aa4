package org.hemicycle.parliament.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.hemicycle.account.Actor;
import org.hemicycle.parliament.ParliamentService;
import org.hemicycle.parliament.ParliamentSlugTaken;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Network coordinators and platform admins register the network's parliaments (/admin is theirs only). */
@Controller
@RequestMapping("/admin/parliaments")
class ParliamentAdminController {

    private final ParliamentService parliaments;

    ParliamentAdminController(ParliamentService parliaments) {
        this.parliaments = parliaments;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("parliaments", parliaments.all());
        return "parliament/admin-list";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        model.addAttribute("parliamentForm", ParliamentForm.empty());
        return "parliament/admin-new";
    }

    @PostMapping
    String register(Actor actor, @Valid @ModelAttribute ParliamentForm parliamentForm, BindingResult errors,
                    HttpServletResponse response, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                parliaments.register(actor, parliamentForm.toRequest());
                redirect.addFlashAttribute("notice", "parliament.admin.registered");
                return "redirect:/parliaments/" + parliamentForm.slug();
            } catch (ParliamentSlugTaken | DataIntegrityViolationException taken) {
                errors.rejectValue("slug", "parliament.error.slug-taken");
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return "parliament/admin-new";
    }
}
