package org.hemicycle.account.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.hemicycle.account.*;
import org.hemicycle.site.FormErrors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Platform admins and network coordinators manage accounts and the roles they hold per parliament. */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

    private final AccountService accounts;
    private final ParliamentDirectory parliaments;

    UserAdminController(AccountService accounts, ParliamentDirectory parliaments) {
        this.accounts = accounts;
        this.parliaments = parliaments;
    }

    @GetMapping
    String list(Actor actor, Model model) {
        List<AccountSummary> all = accounts.all(actor);
        Set<Long> parliamentIds = all.stream().flatMap(account -> account.grants().stream())
                .map(AccountSummary.Grant::parliamentId).collect(Collectors.toSet());
        model.addAttribute("accounts", all);
        model.addAttribute("parliaments", parliaments.namesOf(parliamentIds));
        return "admin/users";
    }

    @GetMapping("/new")
    String newForm(Actor actor, Model model) {
        model.addAttribute("newAccountForm", NewAccountForm.empty());
        model.addAttribute("platformRoles", AccountPolicy.assignablePlatformRoles(actor));
        return "admin/user-new";
    }

    @PostMapping
    String create(Actor actor, @Valid @ModelAttribute NewAccountForm newAccountForm,
                  BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (!AccountPolicy.mayCreate(actor, newAccountForm.platformRole())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        if (!errors.hasErrors()) {
            try {
                Long id = accounts.create(actor, new NewAccount(newAccountForm.email(), newAccountForm.displayName(),
                        newAccountForm.password(), newAccountForm.platformRole()));
                redirect.addFlashAttribute("notice", "admin.users.created");
                return "redirect:/admin/users/" + id;
            } catch (AccountRuleViolation violation) {
                FormErrors.reject(errors, violation);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        model.addAttribute("platformRoles", AccountPolicy.assignablePlatformRoles(actor));
        return "admin/user-new";
    }

    @GetMapping("/{id}")
    String show(Actor actor, @PathVariable Long id, Model model) {
        if (!model.containsAttribute("grantForm")) {
            model.addAttribute("grantForm", GrantForm.empty());
        }
        return renderShow(actor, id, model);
    }

    @PostMapping("/{id}/grants")
    String grant(Actor actor, @PathVariable Long id, @Valid @ModelAttribute GrantForm grantForm, BindingResult errors, Model model,
                 HttpServletResponse response, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                accounts.grant(actor, id, grantForm.parliamentId(), grantForm.role());
                redirect.addFlashAttribute("notice", "admin.users.role-granted");
                return "redirect:/admin/users/" + id;
            } catch (AccountRuleViolation violation) {
                FormErrors.reject(errors, violation);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return renderShow(actor, id, model);
    }

    /** Asks before a role is revoked; the form on this page posts to the handler below. */
    @GetMapping("/{id}/grants/{grantId}/revoke")
    String confirmRevoke(Actor actor, @PathVariable Long id, @PathVariable Long grantId, Model model) {
        AccountSummary account = accounts.summary(actor, id);
        AccountSummary.Grant grant = account.grants().stream().filter(held -> held.id().equals(grantId)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("account", account);
        model.addAttribute("grant", grant);
        model.addAttribute("parliament", Optional.ofNullable(parliaments.namesOf(List.of(grant.parliamentId())).get(grant.parliamentId()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        return "admin/confirm-revoke";
    }

    @PostMapping("/{id}/grants/{grantId}/revoke")
    String revoke(Actor actor, @PathVariable Long id, @PathVariable Long grantId, RedirectAttributes redirect) {
        accounts.revoke(actor, id, grantId);
        redirect.addFlashAttribute("notice", "admin.users.role-revoked");
        return "redirect:/admin/users/" + id;
    }

    private String renderShow(Actor actor, Long id, Model model) {
        AccountSummary account = accounts.summary(actor, id);
        model.addAttribute("account", account);
        List<ParliamentDirectory.ParliamentName> all = parliaments.namesOfAll();
        model.addAttribute("allParliaments", all);
        model.addAttribute("parliamentsById", all.stream()
                .collect(Collectors.toMap(ParliamentDirectory.ParliamentName::id, parliament -> parliament)));
        model.addAttribute("parliamentRoles", ParliamentRole.values());
        return "admin/user";
    }
}
