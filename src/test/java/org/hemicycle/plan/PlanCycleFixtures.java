package org.hemicycle.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hemicycle.account.AccountService;
import org.hemicycle.account.Actor;
import org.hemicycle.account.HemicycleUser;
import org.hemicycle.account.NewAccount;
import org.hemicycle.account.ParliamentRole;
import org.hemicycle.parliament.Chamber;
import org.hemicycle.parliament.NewParliament.NewChamber;
import org.hemicycle.parliament.NewParliament;
import org.hemicycle.parliament.Parliament;
import org.hemicycle.parliament.ParliamentService;

/**
 * What the module tests of plan and of the modules built on it set up, through the services as the application
 * does, with nothing from the demo installation: a parliament, its point of contact, a plan, a plan in drafting.
 */
public final class PlanCycleFixtures {

    public static final Actor SETUP = Actor.platform("Module test");
    public static final String PASSWORD = "correct horse battery staple";
    public static final LocalDate PERIOD_START = LocalDate.of(2025, 1, 1);
    public static final LocalDate PERIOD_END = LocalDate.of(2026, 12, 31);
    // Fixed days in the past, so that no rule about "not in the future" or "not before the last step" depends on today.
    public static final LocalDate STARTED_ON = LocalDate.of(2025, 1, 6);

    private final ParliamentService parliaments;
    private final AccountService accounts;
    private final PlanCycle cycle;
    private final PlanStepLists lists;

    public PlanCycleFixtures(ParliamentService parliaments, AccountService accounts, PlanCycle cycle, PlanStepLists lists) {
        this.parliaments = parliaments;
        this.accounts = accounts;
        this.cycle = cycle;
        this.lists = lists;
    }

    public Parliament parliament(Integer ogpMemberSince) {
        String slug = unique("module");
        return parliaments.register(SETUP, new NewParliament(slug, "Parliament " + slug, "Testland", "TL", "en",
                ogpMemberSince, null, null, List.of(new NewChamber("upper", "Upper House", 30),
                new NewChamber("lower", "Lower House", 90))));
    }

    public HemicycleUser pointOfContact(Parliament parliament) {
        String email = unique("contact") + "@example.org";
        Long account = accounts.create(SETUP, new NewAccount(email, "Contact " + email, PASSWORD, null));
        accounts.grant(SETUP, account, parliament.getId(), ParliamentRole.POINT_OF_CONTACT);
        return accounts.loadUserByUsername(email);
    }

    public ActionPlan plan(Actor editor, Parliament parliament) {
        return cycle.create(editor, parliament.getId(), details(), STARTED_ON);
    }

    public static PlanDetails details() {
        return new PlanDetails("Module test plan", null, PERIOD_START, PERIOD_END, "en");
    }

    public void recordPoliticalWill(Actor editor, Parliament parliament, ActionPlan plan) {
        List<Long> chambers = parliaments.chambersOf(parliament.getId()).stream().map(Chamber::getId).toList();
        cycle.record(editor, plan.getId(), new PoliticalWill("All parties agreed.", chambers,
                parliament.isOgpParticipant() ? Boolean.FALSE : null, null), null);
    }

    /** Steps 1 to 5 recorded and passed: the plan stands at step 6, where its commitments start to count. */
    public ActionPlan planInDrafting(HemicycleUser editor, Parliament parliament) {
        ActionPlan plan = plan(editor, parliament);
        Long id = plan.getId();
        recordPoliticalWill(editor, parliament, plan);
        cycle.advance(editor, id, null);
        cycle.record(editor, id, new LeadBody("Open Parliament Committee", null, AuthorizationMechanism.PLENARY_MOTION,
                null, null, null), null);
        lists.addMember(editor, id, new NewMember("A. Member", "Party A", "Chair"));
        cycle.advance(editor, id, null);
        cycle.record(editor, id, new PointOfContact("P. Contact", "Deputy Clerk", null, null, null), null);
        cycle.advance(editor, id, null);
        cycle.record(editor, id, new CivilSocietyEngagement("Open call", null, null, null), null);
        lists.addOrganization(editor, id, new NewOrganization("Open Data Org", OrganizationSector.CIVIL_SOCIETY, null,
                true));
        cycle.advance(editor, id, null);
        cycle.record(editor, id, new CoCreationDesign(2, 1, null, "Six months", "Facilitated", "Consensus",
                "Monitoring panel", "Newsletter"), null);
        assertThat(cycle.advance(editor, id, null)).isEqualTo(PlanPhase.DRAFTING);
        return plan;
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 13);
    }
}
