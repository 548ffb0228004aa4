package org.hemicycle.account.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
class LoginController {

    @GetMapping("/login")
    String login() {
        return "account/login";
    }

    @GetMapping("/privacy")
    String privacy() {
        return "account/privacy";
    }

    /** Reached by forward from the rate-limit filter, which has already set the 429 status. */
    @RequestMapping("/login/locked")
    String locked(Model model) {
        model.addAttribute("locked", true);
        return "account/login";
    }
}
