package org.hemicycle.news.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hemicycle.news.NewsPost;
import org.jspecify.annotations.Nullable;

@Entity(name = "NewsPost")
@Table(name = "news_post")
public class NewsPostEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long planId;
    private String title;
    private String body;
    private Instant postedAt;
    private @Nullable Long authorId;
    private String authorName;

    protected NewsPostEntity() {
    }

    public NewsPostEntity(Long planId, String title, String body, Instant postedAt, @Nullable Long authorId, String authorName) {
        this.planId = planId;
        this.title = title;
        this.body = body;
        this.postedAt = postedAt;
        this.authorId = authorId;
        this.authorName = authorName;
    }

    public NewsPost post() {
        return new NewsPost(id, planId, title, body, postedAt, authorName);
    }

    public Long getId() { return id; }
}
