package org.hemicycle.news.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.hemicycle.account.Actor;
import org.hemicycle.news.NewPost;
import org.hemicycle.news.NewsService;
import org.hemicycle.plan.PlanRuleViolation;
import org.hemicycle.site.FormErrors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A plan's news: the list and each post for everyone, and the form where its team posts. */
@Controller
class NewsController {

    record PostForm(@Nullable @NotBlank @Size(max = NewsService.MAX_TITLE) String title,
                    @Nullable @NotBlank @Size(max = NewsService.MAX_BODY) String body) {
    }

    private final NewsService news;

    NewsController(NewsService news) {
        this.news = news;
    }

    @GetMapping("/parliaments/{parliament}/plans/{plan}/news")
    String list(Actor actor, @PathVariable String parliament, @PathVariable String plan,
                @RequestParam(defaultValue = "0") String page, Model model) {
        model.addAttribute("page", news.page(actor, parliament, plan, pageNumber(page)));
        return "news/list";
    }

    @GetMapping("/parliaments/{parliament}/plans/{plan}/news/{postId:\\d{1,18}}")
    String post(Actor actor, @PathVariable String parliament, @PathVariable String plan, @PathVariable Long postId,
                Model model) {
        model.addAttribute("page", news.around(actor, parliament, plan));
        model.addAttribute("post", news.post(actor, parliament, plan, postId));
        return "news/post";
    }

    /** A page number that is no number, or absurdly far, is the first page or an empty one, never an error. */
    private static int pageNumber(String text) {
        try {
            return Math.min(Math.max(0, Integer.parseInt(text.strip())), 100_000);
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }

    @GetMapping("/manage/plans/{planId}/news")
    String workspace(Actor actor, @PathVariable Long planId, Model model) {
        model.addAttribute("page", news.workspace(actor, planId));
        if (!model.containsAttribute("post")) {
            model.addAttribute("post", new PostForm(null, null));
        }
        return "news/manage";
    }

    @PostMapping("/manage/plans/{planId}/news")
    String publish(Actor actor, @PathVariable Long planId, @Valid @ModelAttribute("post") PostForm post, BindingResult errors,
                   Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                Long id = news.publish(actor, planId, new NewPost(post.title(), post.body()));
                redirect.addFlashAttribute("notice", "news.posted");
                return "redirect:/manage/plans/" + planId + "/news#post-" + id;
            } catch (PlanRuleViolation violation) {
                FormErrors.reject(errors, violation);
            }
        }
        FormErrors.markUnprocessable(response);
        return workspace(actor, planId, model);
    }
}
