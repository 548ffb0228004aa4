package org.hemicycle.account.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.hemicycle.account.AccountRuleViolation;
import org.hemicycle.account.AccountService;
import org.hemicycle.account.Actor;
import org.hemicycle.account.TooManyAttempts;
import org.hemicycle.site.FormErrors;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** The signed-in person's own account. */
@Controller
class AccountController {

    private final AccountService accounts;

    AccountController(AccountService accounts) {
        this.accounts = accounts;
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
                SecurityContextHolder.clearContext();
                request.getSession().invalidate();
                return "redirect:/login?password-changed";
            } catch (AccountRuleViolation violation) {
                FormErrors.reject(errors, violation);
            } catch (TooManyAttempts refused) {
                errors.rejectValue("currentPassword", "account.error.password-attempts");
                response.setHeader("Retry-After", String.valueOf(refused.minutesUntilRetry() * 60));
                response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
                return "account/password";
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return "account/password";
    }
}
