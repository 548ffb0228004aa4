package org.hemicycle.following;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import org.hemicycle.account.ParticipationLimits;
import org.hemicycle.following.internal.FollowerEntity;
import org.hemicycle.following.internal.FollowerRepository;
import org.hemicycle.mail.Mail;
import org.hemicycle.mail.Mailer;
import org.hemicycle.site.PublicAddress;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Subscriptions by email. Asking sends a link to the address, and nothing else happens until its owner follows it
 * (double opt-in); every message carries the link that ends it. The page answers the same whether or not the address
 * already follows, so that nobody learns who follows what.
 */
@Service
@Transactional(readOnly = true)
public class FollowingService {

    /** Requests per address, and per client, in the limiter's window: enough to fix a typo, too few to flood anyone. */
    static final int REQUESTS_PER_EMAIL = 3;
    static final int REQUESTS_PER_CLIENT = 20;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final NewsReader news;
    private final FollowerRepository followers;
    private final ParticipationLimits limits;
    private final Mailer mailer;
    private final MessageSource messages;
    private final PublicAddress address;
    private final TransactionTemplate transactions;

    FollowingService(NewsReader news, FollowerRepository followers, ParticipationLimits limits, Mailer mailer,
                     MessageSource messages, PublicAddress address, PlatformTransactionManager transactionManager) {
        this.transactions = new TransactionTemplate(transactionManager);
        this.news = news;
        this.followers = followers;
        this.limits = limits;
        this.mailer = mailer;
        this.messages = messages;
        this.address = address;
    }

    /**
     * Writes the link that confirms the subscription to the address, in the reader's language. A request from a bot
     * (the honeypot filled) is answered as any other and does nothing.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public void ask(Followed followed, FollowRequest request, Locale language, String client) {
        if (request.isFromABot() || request.email() == null || request.frequency() == null) {
            return;
        }
        String email = request.email().strip().toLowerCase(Locale.ROOT);
        // Counted first, in their own short transactions, with no connection held meanwhile.
        limits.countRequest("follow-client", client, REQUESTS_PER_CLIENT);
        limits.countRequest("follow-email", email, REQUESTS_PER_EMAIL);
        transactions.executeWithoutResult(status -> {
            String token = newToken();
            Optional<FollowerEntity> existing = followers.findByPlanIdAndSubjectAndEmail(followed.plan().getId(), followed.subject(), email);
            if (existing.isPresent()) {
                existing.get().askedAgain(request.frequency(), language.toLanguageTag(), token);
            } else {
                // The same address asking twice at the same moment breaks the unique key: the other request is the one
                // that counts (the caller answers as if this one had).
                followers.saveAndFlush(new FollowerEntity(followed.plan().getId(), followed.consultationId(), followed.subject(),
                        email, language.toLanguageTag(), request.frequency(), token));
            }
            String link = address.of("/follow/confirm?token=" + token);
            String frequency = messages.getMessage("following.frequency-in-sentence." + request.frequency(), null, language);
            mailer.queue(Mail.about(email, language,
                    messages.getMessage("following.mail.confirm.subject", new Object[] {followed.title()}, language),
                    messages.getMessage("following.mail.confirm.body", new Object[] {followed.title(), frequency, link,
                            address.of(followed.path())}, language)));
        });
    }

    /** What a link's token stands for, or none for a link that is unknown (mistyped, or its subscription ended). */
    public Optional<Subscription> subscription(@Nullable String token) {
        return find(token).map(follower -> new Subscription(follower.isConfirmed(), follower.getRequestedFrequency(),
                followedOf(follower)));
    }

    public record Subscription(boolean confirmed, Frequency frequency, Followed followed) {
    }

    /** Confirms the subscription; answers what it is about. */
    @Transactional
    public Optional<Followed> confirm(@Nullable String token) {
        return find(token).map(follower -> {
            follower.confirm(Instant.now());
            return followedOf(follower);
        });
    }

    /** Ends the subscription: the row, the address with it, is deleted. Answers whether there was one. */
    @Transactional
    public boolean unsubscribe(@Nullable String token) {
        Optional<FollowerEntity> follower = find(token);
        follower.ifPresent(followers::delete);
        return follower.isPresent();
    }

    /** The address of the link that ends a subscription: the one-click link every message carries. */
    String unsubscribeLink(String token) {
        return address.of("/follow/unsubscribe?token=" + token);
    }

    private Followed followedOf(FollowerEntity follower) {
        return news.followed(follower.getPlanId(), follower.getConsultationId());
    }

    private Optional<FollowerEntity> find(@Nullable String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return followers.findByToken(token);
    }

    static String newToken() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }
}
