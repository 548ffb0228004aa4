package org.hemicycle.account.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.hemicycle.account.AccountRuleViolation;
import org.hemicycle.account.AccountSelfService;
import org.hemicycle.account.InvalidLink;
import org.hemicycle.site.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A forgotten password: a link to the account's address, then a new password. */
@Controller
class PasswordResetController {

    private final AccountSelfService self;

    PasswordResetController(AccountSelfService self) {
        this.self = self;
    }

    @GetMapping("/password-reset")
    String form(Model model) {
        model.addAttribute("emailForm", EmailForm.empty());
        model.addAttribute("kind", "reset");
        return "account/email-form";
    }

    @PostMapping("/password-reset")
    String request(@Valid @ModelAttribute EmailForm emailForm, BindingResult errors, Model model,
                   HttpServletRequest request, HttpServletResponse response) {
        if (errors.hasErrors()) {
            FormErrors.markUnprocessable(response);
            model.addAttribute("kind", "reset");
            return "account/email-form";
        }
        self.requestPasswordReset(emailForm.email(), request.getRemoteAddr());
        return "redirect:/password-reset/sent";
    }

    @GetMapping("/password-reset/sent")
    String sent(Model model) {
        model.addAttribute("kind", "reset");
        return "account/link-sent";
    }

    @GetMapping("/password-reset/choose")
    String chooseForm(@RequestParam(required = false) String token, Model model) {
        if (token == null || !self.isValidResetLink(token)) {
            throw new InvalidLink();
        }
        model.addAttribute("newPasswordForm", NewPasswordForm.withToken(token));
        return "account/password-choose";
    }

    @PostMapping("/password-reset/choose")
    String choose(@Valid @ModelAttribute NewPasswordForm newPasswordForm, BindingResult errors,
                  HttpServletResponse response) {
        if (!errors.hasFieldErrors("newPassword") && !errors.hasFieldErrors("confirmPassword")
                && !newPasswordForm.newPassword().equals(newPasswordForm.confirmPassword())) {
            errors.rejectValue("confirmPassword", "account.error.passwords-differ");
        }
        if (errors.hasFieldErrors("token")) {
            throw new InvalidLink();
        }
        if (!errors.hasErrors()) {
            try {
                self.resetPassword(newPasswordForm.token(), newPasswordForm.newPassword());
                return "redirect:/login?password-reset";
            } catch (AccountRuleViolation violation) {
                FormErrors.reject(errors, violation);
            }
        }
        FormErrors.markUnprocessable(response);
        return "account/password-choose";
    }
}
