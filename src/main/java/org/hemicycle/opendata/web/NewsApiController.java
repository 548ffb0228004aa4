package org.hemicycle.opendata.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.hemicycle.account.Actor;
import org.hemicycle.news.NewsService;
import org.hemicycle.site.PublicAddress;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A plan's news posts as JSON, at their page's address under /api/v1: the Markdown as written and the safe HTML. */
@RestController
@Tag(name = "News", description = "The news posts of a plan")
class NewsApiController {

    record PostDocument(Long id, String title, String markdown, String html, Instant postedAt, String author, String url) {
    }

    private final NewsService news;
    private final PublicAddress address;

    NewsApiController(NewsService news, PublicAddress address) {
        this.news = news;
        this.address = address;
    }

    @GetMapping(path = "/api/v1/parliaments/{parliament}/plans/{plan}/news", produces = "application/json")
    @Operation(summary = "The plan's news posts, the latest first")
    List<PostDocument> posts(@PathVariable String parliament, @PathVariable String plan) {
        NewsService.NewsPage page = news.page(Actor.VISITOR, parliament, plan);
        String base = "/parliaments/" + parliament + "/plans/" + plan + "/news/";
        return page.posts().stream().map(post -> new PostDocument(post.id(), post.title(), post.body(), post.html(),
                post.postedAt(), post.authorName(), address.of(base + post.id()))).toList();
    }
}
