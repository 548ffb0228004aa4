package org.hemicycle.following.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.hemicycle.following.Followed;
import org.hemicycle.following.Frequency;
import org.hemicycle.following.News;
import org.hemicycle.following.NewsReader;
import org.hemicycle.mail.Mail;
import org.hemicycle.mail.Mailer;
import org.hemicycle.site.PublicAddress;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends followers their news: within minutes to those who asked for it as it comes, once a week to the others.
 * The news of each thing followed is read once per run, however many follow it; each message is queued in the
 * transaction that moves its follower's mark, under the follower's row lock, so that news is sent once, even by two
 * nodes (and ShedLock keeps the second node from running it at all).
 */
@Component
public class NewsLetters {

    private static final Logger log = LoggerFactory.getLogger(NewsLetters.class);
    private static final Duration WEEK = Duration.ofDays(7);
    /** Followers handled in one transaction. */
    private static final int BATCH = 200;

    private final FollowerRepository followers;
    private final NewsReader news;
    private final Mailer mailer;
    private final MessageSource messages;
    private final PublicAddress address;
    private final TransactionTemplate transactions;

    NewsLetters(FollowerRepository followers, NewsReader news, Mailer mailer, MessageSource messages, PublicAddress address,
                TransactionTemplate transactions) {
        this.followers = followers;
        this.news = news;
        this.mailer = mailer;
        this.messages = messages;
        this.address = address;
        this.transactions = transactions;
    }

    @Scheduled(fixedDelayString = "${hemicycle.following.send-every:PT5M}", initialDelayString = "${hemicycle.following.send-every:PT5M}")
    @SchedulerLock(name = "following-news")
    void scheduled() {
        send(Instant.now());
    }

    /** Answers how many messages were queued. */
    public int send(Instant now) {
        int sent = 0;
        for (Object[] subject : followers.findFollowedSubjects()) {
            Long planId = (Long) subject[0];
            Long consultationId = (Long) subject[1];
            try {
                sent += sendAbout(planId, consultationId, now);
            } catch (RuntimeException unreadable) {
                // A plan no longer public, a consultation gone: its followers hear nothing until it is back.
                log.warn("No news sent about plan {} consultation {}: {}", planId, consultationId, unreadable.toString());
            }
        }
        return sent;
    }

    private int sendAbout(Long planId, @Nullable Long consultationId, Instant now) {
        Followed followed = news.followed(planId, consultationId);
        List<News> latest = news.of(followed);
        if (latest.isEmpty()) {
            return 0;
        }
        Instant newest = latest.get(0).at();
        int sent = 0;
        sent += sendTo(followed, latest, Frequency.IMMEDIATELY, newest, newest);
        sent += sendTo(followed, latest, Frequency.WEEKLY, now.minus(WEEK), now);
        return sent;
    }

    /** To the followers whose mark is before {@code before}, the news after their mark; their mark moves to {@code until}. */
    private int sendTo(Followed followed, List<News> latest, Frequency frequency, Instant before, Instant until) {
        int sent = 0;
        while (true) {
            Integer batch = transactions.execute(status -> {
                List<FollowerEntity> due = followers.findDue(followed.plan().getId(), followed.subject(), frequency, before,
                        PageRequest.of(0, BATCH));
                int queued = 0;
                for (FollowerEntity follower : due) {
                    List<News> fresh = latest.stream().filter(item -> item.at().isAfter(follower.getNewsSince()))
                            .sorted(java.util.Comparator.comparing(News::at)).toList();
                    if (!fresh.isEmpty()) {
                        mailer.queue(letter(follower, followed, fresh));
                        queued++;
                    }
                    follower.sentUntil(until);
                }
                return due.isEmpty() ? -1 : queued;
            });
            if (batch == null || batch < 0) {
                return sent;
            }
            sent += batch;
        }
    }

    private Mail letter(FollowerEntity follower, Followed followed, List<News> fresh) {
        Locale language = Locale.forLanguageTag(follower.getLanguage());
        String items = fresh.stream().map(item -> messages.getMessage("following.mail.news.item", new Object[] {
                messages.getMessage("following.news." + item.kind(), null, language),
                item.kind() == News.Kind.STEP_REACHED ? messages.getMessage("plan.phase." + item.title(), null, language) : item.title(),
                address.of(item.path())}, language) + (item.summary() == null ? "" : "\n  " + item.summary()))
                .collect(Collectors.joining("\n"));
        String unsubscribe = address.of("/follow/unsubscribe?token=" + follower.getToken());
        String key = follower.getFrequency() == Frequency.WEEKLY ? "following.mail.digest" : "following.mail.news";
        return new Mail(null, follower.getEmail(), language,
                messages.getMessage(key + ".subject", new Object[] {followed.title(), fresh.size()}, language),
                messages.getMessage(key + ".body", new Object[] {followed.title(), items, address.of(followed.path()), unsubscribe},
                        language),
                unsubscribe);
    }
}
