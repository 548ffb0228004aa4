package org.hemicycle.account.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Optional;
import org.hemicycle.account.HemicycleUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The current security version of each account that made a request lately, so that checking a session on every
 * request reads memory, not the database. A change made on this node replaces the remembered version as it commits;
 * a session whose version differs from the remembered one is checked against the database before it is ended, so a
 * version remembered from before a sign-in never ends the new session. What another node changes is seen here once
 * the remembered version expires (after {@link #REMEMBERED_FOR}); but a cluster keeps its sessions in the database
 * ({@link SharedSessions}), and there a change also deletes the account's sessions, which ends them on every node.
 */
@Component
public class SecurityVersions {

    static final Duration REMEMBERED_FOR = Duration.ofSeconds(30);

    private final UserAccountRepository accounts;
    private final SharedSessions.SessionEnding sessions;
    /** Keyed by the ids of signed-in accounts only, which the server itself put in their sessions. */
    private final Cache<Long, Optional<Integer>> versions = Caffeine.newBuilder()
            .maximumSize(100_000)
            .expireAfterWrite(REMEMBERED_FOR)
            .build();

    SecurityVersions(UserAccountRepository accounts, SharedSessions.SessionEnding sessions) {
        this.accounts = accounts;
        this.sessions = sessions;
    }

    /** Whether this session's view of the account is still its current one (same roles, same password, enabled). */
    public boolean isCurrent(HemicycleUser user) {
        Optional<Integer> remembered = versions.get(user.id(), accounts::findSecurityVersion);
        if (remembered.isPresent() && remembered.get() == user.securityVersion()) {
            return true;
        }
        Optional<Integer> current = accounts.findSecurityVersion(user.id());
        versions.put(user.id(), current);
        return current.isPresent() && current.get() == user.securityVersion();
    }

    /**
     * To be called in the transaction that changes the account's security version: once it commits, the remembered
     * version is forgotten and the account's shared sessions end.
     */
    public void changedInThisTransaction(Long accountId, String email) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    versions.invalidate(accountId);
                    if (status == STATUS_COMMITTED) {
                        sessions.endAllOf(email);
                    }
                }
            });
        } else {
            versions.invalidate(accountId);
            sessions.endAllOf(email);
        }
    }
}
