package org.hemicycle;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.hemicycle.account.AccountService;
import org.hemicycle.account.HemicycleUser;
import org.hemicycle.account.NewAccount;
import org.hemicycle.account.ParliamentRole;
import org.hemicycle.parliament.Chamber;
import org.hemicycle.parliament.NewParliament;
import org.hemicycle.parliament.NewParliament.NewChamber;
import org.hemicycle.parliament.Parliament;
import org.hemicycle.parliament.ParliamentService;
import org.hemicycle.plan.*;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

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
    private final PlanService plans;
    private final CommitmentService commitments;

    Fixtures(ParliamentService parliaments, AccountService accounts, PlanService plans, CommitmentService commitments) {
        this.parliaments = parliaments;
        this.accounts = accounts;
        this.plans = plans;
        this.commitments = commitments;
    }

    public static String unique(String prefix) {
        return prefix + "-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100_000;
    }

    public Parliament parliament(Integer ogpMemberSince) {
        String slug = unique("parliament");
        return parliaments.register(new NewParliament(slug, "Parliament " + slug, "Testland", "TL", "en",
                ogpMemberSince, null, null,
                List.of(new NewChamber("upper", "Upper House", 30), new NewChamber("lower", "Lower House", 90))));
    }

    public List<Chamber> chambers(Parliament parliament) {
        return parliaments.chambersOf(parliament.getId());
    }

    /** A real account holding the given roles in one parliament, as loaded at sign-in. */
    public HemicycleUser user(Parliament parliament, ParliamentRole... roles) {
        String email = unique("user") + "@example.org";
        Long id = accounts.create(new NewAccount(email, "Test " + email, PASSWORD, null));
        for (ParliamentRole role : roles) {
            accounts.grant(id, parliament.getId(), role);
        }
        return accounts.loadUserByUsername(email);
    }

    public HemicycleUser editor(Parliament parliament) {
        return user(parliament, ParliamentRole.POINT_OF_CONTACT);
    }

    /** Runs service calls as the given user, as a request of theirs would. */
    public <T> T as(HemicycleUser user, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    public void as(HemicycleUser user, Runnable work) {
        as(user, () -> {
            work.run();
            return null;
        });
    }

    public ActionPlan plan(HemicycleUser editor, Parliament parliament) {
        return as(editor, () -> plans.create(parliament.getId(),
                new PlanDetails(unique("Plan"), "A plan for tests", PLAN_START, PLAN_END, "en")));
    }

    /** Records steps 1 to 5 so that the plan stands at step 6, drafting. */
    public ActionPlan planInDrafting(HemicycleUser editor, Parliament parliament) {
        ActionPlan plan = plan(editor, parliament);
        Long id = plan.getId();
        as(editor, () -> {
            plans.record(id, new PoliticalWill("All parties agreed.", chambers(parliament).stream().map(Chamber::getId).toList(),
                    parliament.isOgpParticipant() ? Boolean.TRUE : null, null));
            plans.advance(id);
            plans.record(id, new LeadBody("Open Parliament Committee", null, AuthorizationMechanism.PLENARY_MOTION,
                    null, null, null));
            plans.addMember(id, new NewMember("A. Member", "Party A", "Chair"));
            plans.advance(id);
            plans.record(id, new PointOfContact("P. Contact", "Deputy Clerk", null, null, null));
            plans.advance(id);
            plans.record(id, new CivilSocietyEngagement("Open call", null, null, null));
            plans.addOrganization(id, new NewOrganization("Open Data Org", OrganizationSector.CIVIL_SOCIETY, null, true));
            plans.advance(id);
            plans.record(id, new CoCreationDesign(2, 1, null, "Six months", "Facilitated", "Consensus",
                    "Monitoring panel", "Newsletter"));
            plans.advance(id);
        });
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
        return as(editor, () -> {
            Commitment commitment = commitments.add(planId, completeCommitment(title));
            commitments.addActivity(commitment.getId(), new NewActivity("Publish the data", "Portal",
                    LocalDate.of(2025, 3, 1), LocalDate.of(2025, 12, 31)));
            commitments.addIndicator(commitment.getId(), new NewIndicator("Datasets published", "0", "10", "datasets"));
            return commitment;
        });
    }
}
