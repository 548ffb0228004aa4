package org.hemicycle.account.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Locale;
import org.hemicycle.account.AccountRuleViolation;
import org.hemicycle.account.AccountSelfService;
import org.hemicycle.account.SignUp;
import org.hemicycle.site.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Anyone opens an account: name, address and password, then the link sent to the address. The links in emails
 * open a page with a button rather than acting on the visit, since mail scanners open links before people do.
 */
@Controller
class SignUpController {

    private final AccountSelfService self;

    SignUpController(AccountSelfService self) {
        this.self = self;
    }

    @GetMapping("/signup")
    String form(Model model) {
        model.addAttribute("signUpForm", SignUpForm.empty());
        return "account/signup";
    }

    @PostMapping("/signup")
    String signUp(@Valid @ModelAttribute SignUpForm signUpForm, BindingResult errors, Locale locale,
                  HttpServletRequest request, HttpServletResponse response) {
        if (signUpForm.isFromABot()) {
            return "redirect:/signup/sent";
        }
        if (!errors.hasFieldErrors("password") && !errors.hasFieldErrors("confirmPassword")
                && !signUpForm.password().equals(signUpForm.confirmPassword())) {
            errors.rejectValue("confirmPassword", "account.error.passwords-differ");
        }
        if (!errors.hasErrors()) {
            try {
                self.signUp(new SignUp(signUpForm.displayName(), signUpForm.email(), signUpForm.password()), locale,
                        request.getRemoteAddr());
                return "redirect:/signup/sent";
            } catch (AccountRuleViolation violation) {
                FormErrors.reject(errors, violation);
            }
        }
        FormErrors.markUnprocessable(response);
        return "account/signup";
    }

    @GetMapping("/signup/sent")
    String sent(Model model) {
        model.addAttribute("kind", "signup");
        return "account/link-sent";
    }

    @GetMapping("/signup/confirm")
    String confirmPage(@RequestParam(required = false) String token, Model model) {
        model.addAttribute("token", token == null ? "" : token);
        return "account/confirm-email";
    }

    @PostMapping("/signup/confirm")
    String confirm(@RequestParam(required = false) String token, @RequestParam(required = false) String password,
                   Model model, HttpServletResponse response) {
        try {
            self.confirmEmail(token, password);
            return "redirect:/login?confirmed";
        } catch (AccountRuleViolation wrongPassword) {
            FormErrors.markUnprocessable(response);
            model.addAttribute("token", token == null ? "" : token);
            model.addAttribute("wrongPassword", true);
            return "account/confirm-email";
        }
    }

    @GetMapping("/signup/resend")
    String resendForm(Model model) {
        model.addAttribute("emailForm", EmailForm.empty());
        model.addAttribute("kind", "resend");
        return "account/email-form";
    }

    @PostMapping("/signup/resend")
    String resend(@Valid @ModelAttribute EmailForm emailForm, BindingResult errors, Model model,
                  HttpServletRequest request, HttpServletResponse response) {
        if (errors.hasErrors()) {
            FormErrors.markUnprocessable(response);
            model.addAttribute("kind", "resend");
            return "account/email-form";
        }
        self.resendConfirmation(emailForm.email(), request.getRemoteAddr());
        return "redirect:/signup/sent";
    }
}
