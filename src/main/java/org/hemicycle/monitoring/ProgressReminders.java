package org.hemicycle.monitoring;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.hemicycle.account.AccountService;
import org.hemicycle.account.Actor;
import org.hemicycle.account.ParliamentRole;
import org.hemicycle.account.Recipient;
import org.hemicycle.commitment.CommitmentService;
import org.hemicycle.commitment.DueActivity;
import org.hemicycle.mail.Mail;
import org.hemicycle.mail.Mailer;
import org.hemicycle.parliament.Parliament;
import org.hemicycle.parliament.ParliamentService;
import org.hemicycle.plan.ActionPlan;
import org.hemicycle.plan.PlanAddress;
import org.hemicycle.plan.PlanPages;
import org.hemicycle.site.PublicAddress;
import org.hemicycle.site.Text;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds a commitment's contact person and its parliament's points of contact of an activity's deadline: once a few
 * days before it, and once when it has passed with the activity not done. Each reminder is recorded under a key of
 * the activity, its kind and its end date before it is queued, in the same transaction: a reminder is sent once per
 * deadline even when two nodes run the job at once (ShedLock keeps them apart, and the key would refuse the second).
 */
@Component
public class ProgressReminders {

    enum Kind { DUE_SOON, OVERDUE }

    private final CommitmentService commitments;
    private final PlanPages plans;
    private final ParliamentService parliaments;
    private final AccountService accounts;
    private final Mailer mailer;
    private final MessageSource messages;
    private final PublicAddress address;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final int daysBefore;

    ProgressReminders(CommitmentService commitments, PlanPages plans, ParliamentService parliaments, AccountService accounts,
                      Mailer mailer, MessageSource messages, PublicAddress address, JdbcTemplate jdbc,
                      TransactionTemplate transactions, @Value("${hemicycle.monitoring.remind-days-before:14}") int daysBefore) {
        this.commitments = commitments;
        this.plans = plans;
        this.parliaments = parliaments;
        this.accounts = accounts;
        this.mailer = mailer;
        this.messages = messages;
        this.address = address;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.daysBefore = daysBefore;
    }

    public int daysBefore() {
        return daysBefore;
    }

    @Scheduled(cron = "${hemicycle.monitoring.reminder-cron:0 0 7 * * *}")
    @SchedulerLock(name = "progress-reminders", lockAtMostFor = "PT30M")
    void daily() {
        sendDue(LocalDate.now());
    }

    /** Sends the reminders due on {@code today}; answers how many deadlines were reminded of. */
    public int sendDue(LocalDate today) {
        int sent = 0;
        Map<Long, Context> contexts = new HashMap<>();
        for (DueActivity due : commitments.due(today.plusDays(daysBefore), null)) {
            Kind kind = due.overdueOn(today) ? Kind.OVERDUE : Kind.DUE_SOON;
            Context context = contexts.computeIfAbsent(due.planId(), this::contextOf);
            try {
                transactions.executeWithoutResult(status -> {
                    jdbc.update("insert into progress_reminder (activity_id, kind, end_date, sent_at) values (?, ?, ?, ?)",
                            due.activityId(), kind.name(), Date.valueOf(due.endDate()), Timestamp.from(Instant.now()));
                    remind(due, kind, context);
                });
                sent++;
            } catch (DuplicateKeyException alreadySent) {
                // This deadline was reminded of already, by an earlier run or by another node.
            }
        }
        return sent;
    }

    private record Context(ActionPlan plan, Parliament parliament, List<Recipient> pointsOfContact) {
    }

    private Context contextOf(Long planId) {
        ActionPlan plan = plans.readablePlan(Actor.platform("reminders"), planId);
        List<Recipient> recipients = new ArrayList<>();
        accounts.holdersOf(plan.getParliamentId(), ParliamentRole.POINT_OF_CONTACT).keySet()
                .forEach(id -> accounts.recipient(id).ifPresent(recipients::add));
        return new Context(plan, parliaments.byId(plan.getParliamentId()), recipients);
    }

    private void remind(DueActivity due, Kind kind, Context context) {
        String link = address.of("/manage/commitments/" + due.commitmentId() + "/progress");
        String page = address.of(new PlanAddress(context.parliament().getSlug(), context.plan().getSlug()).path()
                + "/commitments/" + due.commitmentNumber());
        String key = "progress.reminder." + kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
        for (Recipient contact : context.pointsOfContact()) {
            mailer.queue(Mail.toAccount(contact.accountId(), contact.email(), contact.language(),
                    subject(key, due, contact.language()), body(key, contact.displayName(), due, context, link, page, contact.language())));
        }
        String contactEmail = due.contactEmail();
        boolean alreadyWritten = context.pointsOfContact().stream().anyMatch(poc -> poc.email().equalsIgnoreCase(String.valueOf(contactEmail)));
        if (Text.present(contactEmail) && contactEmail.contains("@") && !alreadyWritten) {
            // The contact person may have no account: written to in the plan's language, at the address the plan gives.
            Locale language = Locale.forLanguageTag(context.plan().getContentLanguage());
            mailer.queue(Mail.about(contactEmail.strip(), language, subject(key, due, language),
                    body(key, Text.present(due.contactName()) ? due.contactName() : contactEmail, due, context, link, page, language)));
        }
    }

    private String subject(String key, DueActivity due, Locale language) {
        return messages.getMessage(key + ".subject", new Object[] {due.activity(), due.commitmentNumber()}, language);
    }

    private String body(String key, String name, DueActivity due, Context context, String link, String page, Locale language) {
        return messages.getMessage(key + ".body", new Object[] {name, due.activity(), due.commitmentNumber(), due.commitmentTitle(),
                context.plan().getTitle(), java.sql.Date.valueOf(due.endDate()), due.percent(), link, page}, language);
    }
}
