package org.hemicycle.following.web;

import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.hemicycle.following.FollowRequest;
import org.hemicycle.following.Followed;
import org.hemicycle.following.FollowingService;
import org.hemicycle.following.Frequency;
import org.hemicycle.following.News;
import org.hemicycle.following.NewsReader;
import org.hemicycle.site.FormErrors;
import org.hemicycle.site.PersonalPage;
import org.hemicycle.site.PublicAddress;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Following a plan or a consultation: the form, the pages its links lead to (confirming, leaving), and the Atom feeds.
 * Leaving takes one click from a mail client (RFC 8058: a POST to the link, no form), so it carries no CSRF token; the
 * secret token in the link is what proves the right to it.
 */
@Controller
class FollowController {

    private static final String PLAN = "/parliaments/{parliament}/plans/{plan}";

    private final FollowingService following;
    private final NewsReader news;
    private final MessageSource messages;
    private final PublicAddress address;

    FollowController(FollowingService following, NewsReader news, MessageSource messages, PublicAddress address) {
        this.following = following;
        this.news = news;
        this.messages = messages;
        this.address = address;
    }

    @GetMapping(PLAN + "/follow")
    String form(@PathVariable String parliament, @PathVariable String plan,
                @RequestParam(name = "consultation", required = false) @Nullable Long consultation, Model model) {
        model.addAttribute("followed", news.followed(parliament, plan, consultation));
        if (!model.containsAttribute("follow")) {
            model.addAttribute("follow", FollowRequest.EMPTY);
        }
        model.addAttribute("frequencies", Frequency.values());
        return "following/follow";
    }

    @PostMapping(PLAN + "/follow")
    String ask(@PathVariable String parliament, @PathVariable String plan,
               @RequestParam(name = "consultation", required = false) @Nullable Long consultation,
               @Valid @ModelAttribute("follow") FollowRequest request, BindingResult errors, Model model,
               HttpServletRequest http, HttpServletResponse response) {
        Followed followed = news.followed(parliament, plan, consultation);
        if (errors.hasErrors()) {
            FormErrors.markUnprocessable(response);
            return form(parliament, plan, consultation, model);
        }
        try {
            following.ask(followed, request, LocaleContextHolder.getLocale(), http.getRemoteAddr());
        } catch (DataIntegrityViolationException sameAddressAtTheSameMoment) {
            // Answered as any request: the other one, saved, sends the link.
        }
        model.addAttribute("followed", followed);
        return "following/sent";
    }

    @GetMapping("/follow/confirm")
    String confirming(@RequestParam(required = false) @Nullable String token, Model model, HttpServletRequest request) {
        PersonalPage.mark(request);
        var subscription = following.subscription(token).orElseThrow(UnknownLink::new);
        model.addAttribute("subscription", subscription);
        model.addAttribute("token", token);
        return "following/confirm";
    }

    @PostMapping("/follow/confirm")
    String confirm(@RequestParam(required = false) @Nullable String token, Model model, HttpServletRequest request) {
        PersonalPage.mark(request);
        model.addAttribute("followed", following.confirm(token).orElseThrow(UnknownLink::new));
        return "following/confirmed";
    }

    @GetMapping("/follow/unsubscribe")
    String leaving(@RequestParam(required = false) @Nullable String token, Model model, HttpServletRequest request) {
        PersonalPage.mark(request);
        var subscription = following.subscription(token);
        model.addAttribute("subscription", subscription.orElse(null));
        model.addAttribute("token", token);
        return "following/unsubscribe";
    }

    /** The one-click link of RFC 8058, and the page's button. Answers the same whether or not the link was known. */
    @PostMapping("/follow/unsubscribe")
    String leave(@RequestParam(required = false) @Nullable String token, HttpServletRequest request) {
        PersonalPage.mark(request);
        following.unsubscribe(token);
        return "following/unsubscribed";
    }

    @GetMapping(path = PLAN + "/feed.atom", produces = "application/atom+xml")
    @ResponseBody
    ResponseEntity<String> planFeed(@PathVariable String parliament, @PathVariable String plan) throws FeedException {
        return feed(news.followed(parliament, plan, null));
    }

    @GetMapping(path = PLAN + "/consultations/{consultation}/feed.atom", produces = "application/atom+xml")
    @ResponseBody
    ResponseEntity<String> consultationFeed(@PathVariable String parliament, @PathVariable String plan, @PathVariable Long consultation)
            throws FeedException {
        return feed(news.followed(parliament, plan, consultation));
    }

    private ResponseEntity<String> feed(Followed followed) throws FeedException {
        Locale language = LocaleContextHolder.getLocale();
        List<News> latest = news.of(followed);
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setTitle(followed.title());
        // Atom requires an author; the news is the parliament's, whoever in its team wrote each piece.
        feed.setAuthor(followed.parliament().getName());
        feed.setLanguage(followed.plan().getContentLanguage());
        feed.setUri(address.of(followed.path()));
        feed.setLink(address.of(followed.path()));
        SyndLinkImpl self = new SyndLinkImpl();
        self.setRel("self");
        self.setHref(address.of(followed.path() + "/feed.atom"));
        feed.setLinks(List.of(self));
        feed.setDescription(messages.getMessage("following.feed.description", new Object[] {followed.title()}, language));
        feed.setPublishedDate(latest.isEmpty() ? Date.from(followed.plan().getUpdatedAt()) : Date.from(latest.get(0).at()));
        feed.setEntries(latest.stream().map(item -> entry(item, language)).toList());
        return ResponseEntity.ok().header("Content-Type", "application/atom+xml;charset=UTF-8")
                .body(new SyndFeedOutput().outputString(feed));
    }

    private SyndEntry entry(News item, Locale language) {
        SyndEntry entry = new SyndEntryImpl();
        String what = item.kind() == News.Kind.STEP_REACHED ? messages.getMessage("plan.phase." + item.title(), null, language) : item.title();
        entry.setTitle(messages.getMessage("following.news." + item.kind(), null, language) + ": " + what);
        entry.setLink(address.of(item.path()));
        // Each piece of news once: the same record changed again is news again.
        String page = item.path().contains("#") ? item.path().substring(0, item.path().indexOf('#')) : item.path();
        entry.setUri(address.of(page) + "#" + item.kind().name().toLowerCase(Locale.ROOT) + "-" + item.at().toEpochMilli());
        entry.setPublishedDate(Date.from(item.at()));
        entry.setUpdatedDate(Date.from(item.at()));
        SyndContentImpl summary = new SyndContentImpl();
        summary.setType("text/plain");
        summary.setValue(item.summary() == null ? what : item.summary());
        entry.setDescription(summary);
        return entry;
    }

    @org.springframework.web.bind.annotation.ResponseStatus(HttpStatus.NOT_FOUND)
    static class UnknownLink extends RuntimeException {
        UnknownLink() {
            super("Unknown or ended subscription link");
        }
    }
}
