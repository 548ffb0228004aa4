package org.hemicycle.commitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
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
import org.hemicycle.plan.ActionPlan;
import org.hemicycle.plan.AuthorizationMechanism;
import org.hemicycle.plan.CivilSocietyEngagement;
import org.hemicycle.plan.CoCreationDesign;
import org.hemicycle.plan.CommitmentSummary;
import org.hemicycle.plan.LeadBody;
import org.hemicycle.plan.MissingRecord;
import org.hemicycle.plan.NewMember;
import org.hemicycle.plan.NewOrganization;
import org.hemicycle.plan.OgpValue;
import org.hemicycle.plan.OrganizationSector;
import org.hemicycle.plan.PhaseRequirementsMissing;
import org.hemicycle.plan.Pillar;
import org.hemicycle.plan.PlanAddress;
import org.hemicycle.plan.PlanCommitments;
import org.hemicycle.plan.PlanCycle;
import org.hemicycle.plan.PlanDetails;
import org.hemicycle.plan.PlanPhase;
import org.hemicycle.plan.PlanRuleViolation;
import org.hemicycle.plan.PlanStepLists;
import org.hemicycle.plan.PointOfContact;
import org.hemicycle.plan.PoliticalWill;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

/**
 * The commitment module's rules with the plan and parliament modules it uses and a real database: the numbering
 * of Annex A, the event that announces a change, and the answers the plan module reads through
 * {@link PlanCommitments}.
 */
// Commitments only name accounts' types (Actor); the account module is included for the accounts editors sign in with.
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "account")
class CommitmentModuleTests {

    private static final Actor SETUP = Actor.platform("Module test");
    private static final String PASSWORD = "correct horse battery staple";
    private static final LocalDate PERIOD_START = LocalDate.of(2025, 1, 1);
    private static final LocalDate PERIOD_END = LocalDate.of(2026, 12, 31);
    private static final LocalDate STARTED_ON = LocalDate.of(2025, 1, 6);

    private final CommitmentService commitments;
    private final PlanCommitments ofPlans;
    private final PlanCycle cycle;
    private final PlanStepLists lists;
    private final ParliamentService parliaments;
    private final AccountService accounts;

    CommitmentModuleTests(CommitmentService commitments, PlanCommitments ofPlans, PlanCycle cycle, PlanStepLists lists,
                          ParliamentService parliaments, AccountService accounts) {
        this.commitments = commitments;
        this.ofPlans = ofPlans;
        this.cycle = cycle;
        this.lists = lists;
        this.parliaments = parliaments;
        this.accounts = accounts;
    }

    @Test
    void commitmentsAreNumberedOneToTenWithoutGapsAndAnEleventhIsRefused() {
        Parliament parliament = parliament(null);
        HemicycleUser editor = pointOfContact(parliament);
        ActionPlan plan = plan(editor, parliament);
        IntStream.rangeClosed(1, 10).forEach(n -> commitments.add(editor, plan.getId(), draft("Commitment " + n)));
        assertThat(numbered(plan)).extracting(Numbered::number).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);

        commitments.delete(editor, commitmentNumbered(plan, 3));
        // The commitments after the deleted one move up: Annex A never shows a gap.
        assertThat(numbered(plan)).containsExactly(new Numbered(1, "Commitment 1"), new Numbered(2, "Commitment 2"),
                new Numbered(3, "Commitment 4"), new Numbered(4, "Commitment 5"), new Numbered(5, "Commitment 6"),
                new Numbered(6, "Commitment 7"), new Numbered(7, "Commitment 8"), new Numbered(8, "Commitment 9"),
                new Numbered(9, "Commitment 10"));

        // The freed place is the last one, and only one place was freed.
        assertThat(commitments.add(editor, plan.getId(), draft("Replacement")).getNumber()).isEqualTo(10);
        PlanRuleViolation refused = catchThrowableOfType(PlanRuleViolation.class,
                () -> commitments.add(editor, plan.getId(), draft("Eleventh")));
        assertThat(refused.messageKey()).isEqualTo("commitment.error.limit");
        assertThat(refused.arguments()).containsExactly(PlanCommitments.MAX_PER_PLAN);
        assertThat(numbered(plan)).hasSize(10).last().isEqualTo(new Numbered(10, "Replacement"));
    }

    @Test
    void addingACommitmentAnnouncesItWithThePlansIdAndAddress(Scenario scenario) {
        Parliament parliament = parliament(null);
        HemicycleUser editor = pointOfContact(parliament);
        ActionPlan plan = plan(editor, parliament);

        scenario.stimulate(() -> commitments.add(editor, plan.getId(), draft("Open the committee records")))
                .andWaitForEventOfType(CommitmentChanged.class)
                .matching(event -> event.planId().equals(plan.getId()))
                .toArriveAndVerify((event, added) -> {
                    assertThat(event.commitmentId()).isEqualTo(added.getId());
                    assertThat(event.parliamentId()).isEqualTo(parliament.getId());
                    assertThat(event.planAddress()).isEqualTo(new PlanAddress(parliament.getSlug(), "2025-2026"));
                });
    }

    @Test
    void thePlanReadsItsAnnexAGapsThroughPlanCommitments() {
        Parliament parliament = parliament(null);
        HemicycleUser editor = pointOfContact(parliament);
        ActionPlan plan = planInDrafting(editor, parliament);
        Commitment complete = commitments.add(editor, plan.getId(), complete("Open the committee records"));
        commitments.addActivity(editor, complete.getId(), new NewActivity("Publish the records", "Portal",
                LocalDate.of(2025, 3, 1), LocalDate.of(2025, 12, 31)));
        commitments.addIndicator(editor, complete.getId(), new NewIndicator("Records published", "0", "100", "records"));
        Commitment bare = commitments.add(editor, plan.getId(), draft("Publish votes"));

        PlanCommitments.Facts facts = ofPlans.factsOf(plan.getId(), false);
        assertThat(facts.commitments()).isEqualTo(2);
        assertThat(facts.annexAGaps()).extracting(MissingRecord::commitmentNumber, MissingRecord::fieldKey)
                .containsExactly(tuple(2, "commitment.field.timeframe"),
                        tuple(2, "commitment.field.responsible-institution"), tuple(2, "commitment.field.issue"),
                        tuple(2, "commitment.field.description"), tuple(2, "commitment.field.justification"),
                        tuple(2, "commitment.field.activities"), tuple(2, "commitment.field.indicators"),
                        tuple(2, "commitment.field.contact-person"));
        // A plan submitted as an OGP annex also asks for the OGP values and their relevance.
        assertThat(ofPlans.factsOf(plan.getId(), true).annexAGaps())
                .extracting(MissingRecord::commitmentNumber, MissingRecord::fieldKey)
                .contains(tuple(2, "commitment.field.ogp-values"), tuple(2, "commitment.field.ogp-relevance"))
                .hasSize(facts.annexAGaps().size() + 2);

        // The plan's own rule refuses adoption with exactly the gaps the commitment module reported.
        PhaseRequirementsMissing refused = catchThrowableOfType(PhaseRequirementsMissing.class,
                () -> cycle.advance(editor, plan.getId(), null));
        assertThat(refused.target()).isEqualTo(PlanPhase.ADOPTION);
        assertThat(refused.missing()).isEqualTo(facts.annexAGaps());

        commitments.delete(editor, bare.getId());
        assertThat(ofPlans.factsOf(plan.getId(), false)).isEqualTo(new PlanCommitments.Facts(1, List.of()));
        assertThat(cycle.advance(editor, plan.getId(), null)).isEqualTo(PlanPhase.ADOPTION);
    }

    // ---- the module's own fixtures, built through the services as the application builds them

    /** A commitment as the plan lists it: its place in Annex A and its title. */
    private record Numbered(int number, String title) {
    }

    private List<Numbered> numbered(ActionPlan plan) {
        return ofPlans.summariesOf(plan.getId()).stream().map(CommitmentSummary::commitment)
                .map(commitment -> new Numbered(commitment.getNumber(), commitment.getTitle())).toList();
    }

    private Long commitmentNumbered(ActionPlan plan, int number) {
        return ofPlans.summariesOf(plan.getId()).stream().map(CommitmentSummary::commitment)
                .filter(commitment -> commitment.getNumber() == number).findFirst().orElseThrow().getId();
    }

    private Parliament parliament(Integer ogpMemberSince) {
        String slug = unique("commitment-module");
        return parliaments.register(SETUP, new NewParliament(slug, "Parliament " + slug, "Testland", "TL", "en",
                ogpMemberSince, null, null, List.of(new NewChamber("upper", "Upper House", 30),
                new NewChamber("lower", "Lower House", 90))));
    }

    private HemicycleUser pointOfContact(Parliament parliament) {
        String email = unique("contact") + "@example.org";
        Long account = accounts.create(SETUP, new NewAccount(email, "Contact " + email, PASSWORD, null));
        accounts.grant(SETUP, account, parliament.getId(), ParliamentRole.POINT_OF_CONTACT);
        return accounts.loadUserByUsername(email);
    }

    private ActionPlan plan(HemicycleUser editor, Parliament parliament) {
        return cycle.create(editor, parliament.getId(),
                new PlanDetails("Module test plan", null, PERIOD_START, PERIOD_END, "en"), STARTED_ON);
    }

    /** Steps 1 to 5 recorded and passed: the plan stands at step 6, where its commitments start to count. */
    private ActionPlan planInDrafting(HemicycleUser editor, Parliament parliament) {
        ActionPlan plan = plan(editor, parliament);
        Long id = plan.getId();
        List<Long> chambers = parliaments.chambersOf(parliament.getId()).stream().map(Chamber::getId).toList();
        cycle.record(editor, id, new PoliticalWill("All parties agreed.", chambers,
                parliament.isOgpParticipant() ? Boolean.FALSE : null, null), null);
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

    /** What a draft needs to start: a title and a pillar. */
    private static CommitmentText draft(String title) {
        return new CommitmentText(title, Pillar.TRANSPARENCY, null, null, null, null, null, null, null, null,
                EnumSet.noneOf(OgpValue.class), null, null, null, null, null, null, null, null);
    }

    /** Every Annex A field a commitment's own text holds, OGP ones included. */
    private static CommitmentText complete(String title) {
        return new CommitmentText(title, Pillar.OPEN_DATA, LocalDate.of(2025, 2, 1), LocalDate.of(2026, 6, 30),
                "Office of the Clerk", "Library", "Civic group", "Records are closed.", "Open them.",
                "Open records serve citizens.", EnumSet.of(OgpValue.TRANSPARENCY), "Access to information.", null,
                "C. Person", "Officer", "Records", "Parliament", "c.person@example.org", null);
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 13);
    }
}
