package org.hemicycle.account.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hemicycle.account.*;
import org.hemicycle.parliament.Parliament;
import org.hemicycle.parliament.ParliamentService;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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
    private final ParliamentService parliaments;

    UserAdminController(AccountService accounts, ParliamentService parliaments) {
        this.accounts = accounts;
        this.parliaments = parliaments;
    }

    @GetMapping
    String list(Model model) {
        List<AccountSummary> all = accounts.all();
        Set<Long> parliamentIds = all.stream().flatMap(account -> account.grants().stream())
                .map(AccountSummary.Grant::parliamentId).collect(Collectors.toSet());
        model.addAttribute("accounts", all);
        model.addAttribute("parliaments", parliaments.byIds(parliamentIds));
        return "admin/users";
    }

    @GetMapping("/new")
    String newForm(@AuthenticationPrincipal HemicycleUser user, Model model) {
        model.addAttribute("newAccountForm", NewAccountForm.empty());
        model.addAttribute("platformRoles", AccountPermissions.assignablePlatformRoles(user));
        return "admin/user-new";
    }

    @PostMapping
    String create(@AuthenticationPrincipal HemicycleUser user, @Valid @ModelAttribute NewAccountForm newAccountForm,
                  BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (!AccountPermissions.mayAssign(user, newAccountForm.platformRole())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        if (!errors.hasErrors()) {
            try {
                Long id = accounts.create(new NewAccount(newAccountForm.email(), newAccountForm.displayName(),
                        newAccountForm.password(), newAccountForm.platformRole()));
                redirect.addFlashAttribute("notice", "admin.users.created");
                return "redirect:/admin/users/" + id;
            } catch (AccountRuleViolation violation) {
                FormErrors.reject(errors, violation);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        model.addAttribute("platformRoles", AccountPermissions.assignablePlatformRoles(user));
        return "admin/user-new";
    }

    @GetMapping("/{id}")
    String show(@PathVariable Long id, Model model) {
        if (!model.containsAttribute("grantForm")) {
            model.addAttribute("grantForm", GrantForm.empty());
        }
        return renderShow(id, model);
    }

    @PostMapping("/{id}/grants")
    String grant(@PathVariable Long id, @Valid @ModelAttribute GrantForm grantForm, BindingResult errors, Model model,
                 HttpServletResponse response, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                parliaments.byId(grantForm.parliamentId());
                accounts.grant(id, grantForm.parliamentId(), grantForm.role());
                redirect.addFlashAttribute("notice", "admin.users.role-granted");
                return "redirect:/admin/users/" + id;
            } catch (AccountRuleViolation violation) {
                FormErrors.reject(errors, violation);
            } catch (org.hemicycle.parliament.ParliamentNotFound notFound) {
                errors.rejectValue("parliamentId", "admin.users.error.unknown-parliament");
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return renderShow(id, model);
    }

    /** Asks before a role is revoked; the form on this page posts to the handler below. */
    @GetMapping("/{id}/grants/{grantId}/revoke")
    String confirmRevoke(@PathVariable Long id, @PathVariable Long grantId, Model model) {
        AccountSummary account = accounts.summary(id);
        AccountSummary.Grant grant = account.grants().stream().filter(held -> held.id().equals(grantId)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("account", account);
        model.addAttribute("grant", grant);
        model.addAttribute("parliament", parliaments.byId(grant.parliamentId()));
        return "admin/confirm-revoke";
    }

    @PostMapping("/{id}/grants/{grantId}/revoke")
    String revoke(@PathVariable Long id, @PathVariable Long grantId, RedirectAttributes redirect) {
        accounts.revoke(id, grantId);
        redirect.addFlashAttribute("notice", "admin.users.role-revoked");
        return "redirect:/admin/users/" + id;
    }

    private String renderShow(Long id, Model model) {
        AccountSummary account = accounts.summary(id);
        model.addAttribute("account", account);
        List<Parliament> all = parliaments.all();
        model.addAttribute("allParliaments", all);
        model.addAttribute("parliamentsById", all.stream()
                .collect(Collectors.toMap(Parliament::getId, parliament -> parliament)));
        model.addAttribute("parliamentRoles", ParliamentRole.values());
        return "admin/user";
    }
}
