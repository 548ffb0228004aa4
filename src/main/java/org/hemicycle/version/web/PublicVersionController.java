package org.hemicycle.version.web;

import org.hemicycle.account.Actor;
import org.hemicycle.version.VersionService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A plan's versions, public as the plan is: the list with the amendments' reasons, each text, and comparisons. */
@Controller
@RequestMapping("/parliaments/{parliament}/plans/{plan}/versions")
class PublicVersionController {

    private final VersionService versions;

    PublicVersionController(VersionService versions) {
        this.versions = versions;
    }

    @GetMapping
    String list(Actor actor, @PathVariable String parliament, @PathVariable String plan, Model model) {
        model.addAttribute("page", versions.list(actor, parliament, plan));
        return "version/versions";
    }

    @GetMapping("/{number:\\d{1,9}}")
    String version(Actor actor, @PathVariable String parliament, @PathVariable String plan, @PathVariable int number,
                   Model model) {
        model.addAttribute("page", versions.version(actor, parliament, plan, number));
        return "version/version";
    }

    @GetMapping("/compare")
    String compare(Actor actor, @PathVariable String parliament, @PathVariable String plan, @RequestParam(defaultValue = "1") String from,
                   @RequestParam(defaultValue = VersionService.CURRENT) String to, Model model) {
        model.addAttribute("page", versions.compare(actor, parliament, plan, from, to));
        return "version/compare";
    }

}
