package org.hemicycle.account.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Locale;
import org.hemicycle.account.AccountRuleViolation;
import org.hemicycle.account.AccountSelfService;
import org.hemicycle.account.AccountService;
import org.hemicycle.account.Actor;
import org.hemicycle.account.TooManyAttempts;
import org.hemicycle.site.FormErrors;
import org.hemicycle.site.SiteLanguages;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in person's own account: its address, password, language of messages, and its deletion. */
@Controller
class AccountController {

    private final AccountService accounts;
    private final AccountSelfService self;

    AccountController(AccountService accounts, AccountSelfService self) {
        this.accounts = accounts;
        this.self = self;
    }

    @GetMapping("/account")
    String overview(Actor actor, Model model) {
        model.addAttribute("messageLanguage", self.languageOf(actor));
        return "account/account";
    }

    @PostMapping("/account/language")
    String chooseLanguage(Actor actor, @RequestParam(required = false) String language, RedirectAttributes redirect) {
        Locale chosen = SiteLanguages.named(language)
                .orElseThrow(() -> new AccountRuleViolation("language", "account.error.language-unknown"));
        self.chooseLanguage(actor, chosen);
        redirect.addFlashAttribute("notice", "account.language.saved");
        return "redirect:/account";
    }

    @GetMapping("/account/password")
    String passwordForm(Model model) {
        model.addAttribute("passwordForm", PasswordForm.empty());
        return "account/password";
    }

    @PostMapping("/account/password")
    String changePassword(Actor actor, @Valid @ModelAttribute PasswordForm passwordForm,
                          BindingResult errors, HttpServletRequest request, HttpServletResponse response) {
        if (!errors.hasErrors() && !passwordForm.newPassword().equals(passwordForm.confirmPassword())) {
            errors.rejectValue("confirmPassword", "account.error.passwords-differ");
        }
        if (!errors.hasErrors()) {
            try {
                accounts.changePassword(actor, passwordForm.currentPassword(), passwordForm.newPassword());
                // The password change ends every session of this account, this one included.
                endSession(request);
                return "redirect:/login?password-changed";
            } catch (AccountRuleViolation violation) {
                FormErrors.reject(errors, violation);
            } catch (TooManyAttempts refused) {
                return refusedForAttempts(errors, "currentPassword", refused, response, "account/password");
            }
        }
        FormErrors.markUnprocessable(response);
        return "account/password";
    }

    @GetMapping("/account/email")
    String emailForm(Model model) {
        model.addAttribute("emailChangeForm", EmailChangeForm.empty());
        return "account/email-change";
    }

    @PostMapping("/account/email")
    String requestEmailChange(Actor actor, @Valid @ModelAttribute EmailChangeForm emailChangeForm, BindingResult errors,
                              HttpServletResponse response, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                self.requestEmailChange(actor, emailChangeForm.newEmail(), emailChangeForm.currentPassword());
                redirect.addFlashAttribute("notice", "account.email.link-sent");
                return "redirect:/account";
            } catch (AccountRuleViolation violation) {
                FormErrors.reject(errors, violation);
            } catch (TooManyAttempts refused) {
                return refusedForAttempts(errors, "currentPassword", refused, response, "account/email-change");
            }
        }
        FormErrors.markUnprocessable(response);
        return "account/email-change";
    }

    /** Public: the link may be opened in another browser than the one signed in. */
    @GetMapping("/email-change/confirm")
    String confirmEmailChangePage(@RequestParam(required = false) String token, Model model) {
        model.addAttribute("token", token == null ? "" : token);
        return "account/confirm-email-change";
    }

    @PostMapping("/email-change/confirm")
    String confirmEmailChange(@RequestParam(required = false) String token, HttpServletRequest request) {
        self.confirmEmailChange(token);
        endSession(request);
        return "redirect:/login?email-changed";
    }

    @GetMapping("/account/delete")
    String deletionForm(Model model) {
        model.addAttribute("deletionForm", DeletionForm.empty());
        return "account/delete";
    }

    @PostMapping("/account/delete")
    String delete(Actor actor, @Valid @ModelAttribute DeletionForm deletionForm, BindingResult errors,
                  HttpServletRequest request, HttpServletResponse response) {
        if (!errors.hasErrors()) {
            try {
                self.delete(actor, deletionForm.currentPassword());
                endSession(request);
                return "redirect:/account-deleted";
            } catch (AccountRuleViolation violation) {
                FormErrors.reject(errors, violation);
            } catch (TooManyAttempts refused) {
                return refusedForAttempts(errors, "currentPassword", refused, response, "account/delete");
            }
        }
        FormErrors.markUnprocessable(response);
        return "account/delete";
    }

    /** Outside /account, which asks for sign-in: the person has just been signed out. */
    @GetMapping("/account-deleted")
    String deleted() {
        return "account/deleted";
    }

    private static void endSession(HttpServletRequest request) {
        SecurityContextHolder.clearContext();
        if (request.getSession(false) != null) {
            request.getSession().invalidate();
        }
    }

    private static String refusedForAttempts(BindingResult errors, String field, TooManyAttempts refused,
                                             HttpServletResponse response, String view) {
        errors.rejectValue(field, "account.error.password-attempts");
        response.setHeader("Retry-After", String.valueOf(refused.minutesUntilRetry() * 60));
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        return view;
    }
}
