package org.hemicycle;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.hemicycle.account.AccountService;
import org.hemicycle.account.Actor;
import org.hemicycle.account.HemicycleUser;
import org.hemicycle.account.NewAccount;
import org.hemicycle.account.ParliamentRole;
import org.hemicycle.commitment.Commitment;
import org.hemicycle.commitment.CommitmentService;
import org.hemicycle.commitment.CommitmentText;
import org.hemicycle.commitment.NewActivity;
import org.hemicycle.commitment.NewIndicator;
import org.hemicycle.parliament.Chamber;
import org.hemicycle.parliament.NewParliament.NewChamber;
import org.hemicycle.parliament.NewParliament;
import org.hemicycle.parliament.Parliament;
import org.hemicycle.parliament.ParliamentService;
import org.hemicycle.plan.*;
import org.hemicycle.plan.ActionPlan;
import org.hemicycle.plan.Adoption;
import org.hemicycle.plan.OgpValue;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Builds the parliaments, accounts and plans tests need, each with unique names, through the same
 * services the application uses.
 */
@TestComponent
public class Fixtures {

    public static final String PASSWORD = "correct horse battery staple";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    public static final LocalDate PLAN_START = LocalDate.of(2025, 1, 1);
    public static final LocalDate PLAN_END = LocalDate.of(2026, 12, 31);

    private final ParliamentService parliaments;
    private final AccountService accounts;
    private final PlanCycle cycle;
    private final PlanStepLists lists;
    private final CommitmentService commitments;

    private final JdbcTemplate jdbc;

    Fixtures(ParliamentService parliaments, AccountService accounts, PlanCycle cycle, PlanStepLists lists,
             CommitmentService commitments, JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.parliaments = parliaments;
        this.accounts = accounts;
        this.cycle = cycle;
        this.lists = lists;
        this.commitments = commitments;
    }

    /** The platform itself, which sets up what tests need as the demo loader sets up the demo. */
    public static final Actor SETUP = Actor.platform("Test set-up");

    public static String unique(String prefix) {
        return prefix + "-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100_000;
    }

    public Parliament parliament(Integer ogpMemberSince) {
        String slug = unique("parliament");
        return parliaments.register(SETUP, new NewParliament(slug, "Parliament " + slug, "Testland", "TL", "en",
                ogpMemberSince, null, null,
                List.of(new NewChamber("upper", "Upper House", 30), new NewChamber("lower", "Lower House", 90))));
    }

    public List<Chamber> chambers(Parliament parliament) {
        return parliaments.chambersOf(parliament.getId());
    }

    /** A real account holding the given roles in one parliament, as loaded at sign-in. */
    public HemicycleUser user(Parliament parliament, ParliamentRole... roles) {
        String email = unique("user") + "@example.org";
        Long id = accounts.create(SETUP, new NewAccount(email, "Test " + email, PASSWORD, null));
        for (ParliamentRole role : roles) {
            accounts.grant(SETUP, id, parliament.getId(), role);
        }
        return accounts.loadUserByUsername(email);
    }

    /** The platform administrator of the test configuration. */
    public HemicycleUser admin() {
        return accounts.loadUserByUsername("admin@hemicycle.test");
    }

    public HemicycleUser editor(Parliament parliament) {
        return user(parliament, ParliamentRole.POINT_OF_CONTACT);
    }

    /**
     * Waits until module listeners have handled every event published so far: they run after the commit, on
     * their own threads, and the registry deletes each publication once handled.
     */
    public void awaitEventsHandled() {
        await().atMost(Duration.ofSeconds(10))
                .until(() -> jdbc.queryForObject("select count(*) from event_publication", Long.class) == 0);
    }

    public ActionPlan plan(HemicycleUser editor, Parliament parliament) {
        return cycle.create(editor, parliament.getId(),
                new PlanDetails(unique("Plan"), "A plan for tests", PLAN_START, PLAN_END, "en"), LocalDate.now());
    }

    /** A plan of another period, for a parliament that already has one: a parliament's plans do not overlap. */
    public ActionPlan plan(HemicycleUser editor, Parliament parliament, LocalDate start, LocalDate end) {
        return cycle.create(editor, parliament.getId(), new PlanDetails(unique("Plan"), "A plan for tests", start, end, "en"),
                LocalDate.now());
    }

    /** Records steps 1 to 5 so that the plan stands at step 6, drafting. */
    public ActionPlan planInDrafting(HemicycleUser editor, Parliament parliament) {
        ActionPlan plan = plan(editor, parliament);
        Long id = plan.getId();
        cycle.record(editor, id, new PoliticalWill("All parties agreed.", chambers(parliament).stream().map(Chamber::getId).toList(),
                parliament.isOgpParticipant() ? Boolean.TRUE : null, null), null);
        cycle.advance(editor, id, null);
        cycle.record(editor, id, new LeadBody("Open Parliament Committee", null, AuthorizationMechanism.PLENARY_MOTION,
                null, null, null), null);
        lists.addMember(editor, id, new NewMember("A. Member", "Party A", "Chair"));
        cycle.advance(editor, id, null);
        cycle.record(editor, id, new PointOfContact("P. Contact", "Deputy Clerk", null, null, null), null);
        cycle.advance(editor, id, null);
        cycle.record(editor, id, new CivilSocietyEngagement("Open call", null, null, null), null);
        lists.addOrganization(editor, id, new NewOrganization("Open Data Org", OrganizationSector.CIVIL_SOCIETY, null, true));
        cycle.advance(editor, id, null);
        cycle.record(editor, id, new CoCreationDesign(2, 1, null, "Six months", "Facilitated", "Consensus",
                "Monitoring panel", "Newsletter"), null);
        cycle.advance(editor, id, null);
        return plan;
    }

    /**
     * Adopted by a plenary motion and published, at step 8, with one complete commitment ("Open the records") that has
     * one activity, ended on 31 Dec 2025, and one indicator, from 0 to 10 datasets.
     */
    public ActionPlan adoptedPlan(HemicycleUser editor, Parliament parliament) {
        ActionPlan plan = planInDrafting(editor, parliament);
        completeCommitmentWithWork(editor, plan.getId(), "Open the records");
        cycle.advance(editor, plan.getId(), null);
        cycle.record(editor, plan.getId(), new Adoption(AuthorizationMechanism.PLENARY_MOTION, LocalDate.of(2025, 1, 15),
                "Motion 7", null, null), null);
        cycle.advance(editor, plan.getId(), null);
        cycle.publish(editor, plan.getId());
        return plan;
    }

    public static CommitmentText draftCommitment(String title) {
        return new CommitmentText(title, Pillar.TRANSPARENCY, null, null, null, null, null, null, null, null,
                EnumSet.noneOf(OgpValue.class), null, null, null, null, null, null, null, null);
    }

    /** A commitment with every Annex A field that adoption requires. */
    public static CommitmentText completeCommitment(String title) {
        return new CommitmentText(title, Pillar.OPEN_DATA, LocalDate.of(2025, 2, 1), LocalDate.of(2026, 6, 30),
                "Office of the Clerk", "Library", "Civic group", "Records are closed.", "Open them.",
                "Open records serve citizens.", EnumSet.of(OgpValue.TRANSPARENCY), "Access to information.", null,
                "C. Person", "Officer", "Records", "Parliament", "c.person@example.org", null);
    }

    public Commitment completeCommitmentWithWork(HemicycleUser editor, Long planId, String title) {
        Commitment commitment = commitments.add(editor, planId, completeCommitment(title));
        commitments.addActivity(editor, commitment.getId(), new NewActivity("Publish the data", "Portal",
                LocalDate.of(2025, 3, 1), LocalDate.of(2025, 12, 31)));
        commitments.addIndicator(editor, commitment.getId(), new NewIndicator("Datasets published", "0", "10", "datasets"));
        return commitment;
    }
}
