package org.hemicycle.demo;

import java.time.LocalDate;
import java.util.List;
import org.hemicycle.account.AccountService;
import org.hemicycle.commitment.CommitmentText;
import org.hemicycle.consultation.AnswerService;
import org.hemicycle.consultation.ModerationService;
import org.hemicycle.consultation.ConsultationService;
import org.hemicycle.consultation.DraftCommentService;
import org.hemicycle.parliament.NewParliament.NewChamber;
import org.hemicycle.parliament.NewParliament;
import org.hemicycle.parliament.Parliament;
import org.hemicycle.parliament.ParliamentService;
import org.hemicycle.plan.*;
import org.hemicycle.plan.ActionPlan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads four parliaments of the Americas with plans at different steps of the cycle, through the same
 * services an editor uses, so the demo obeys every rule the platform enforces. It loads once every bean
 * is ready and before the web server starts, so that no visitor ever sees the installation half loaded.
 */
@Component
class DemoDataLoader implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final ParliamentService parliaments;
    private final DemoEditor plans;
    private final TransactionTemplate transaction;
    private final ConsultationService consultations;
    private final AccountService accounts;
    private final AnswerService answers;
    private final ModerationService moderation;
    private final DraftCommentService drafts;
    /** Read at run time, not as a condition on the bean: the build pre-computes the context (Spring AOT) as built. */
    private final boolean enabled;

    DemoDataLoader(ParliamentService parliaments, DemoEditor plans, TransactionTemplate transaction,
                   ConsultationService consultations, AnswerService answers, ModerationService moderation, AccountService accounts,
                   DraftCommentService drafts, @Value("${hemicycle.demo-data:true}") boolean enabled) {
        this.drafts = drafts;
        this.consultations = consultations;
        this.answers = answers;
        this.moderation = moderation;
        this.accounts = accounts;
        this.enabled = enabled;
        this.parliaments = parliaments;
        this.plans = plans;
        this.transaction = transaction;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!enabled || !parliaments.isEmpty()) {
            return;
        }
        transaction.executeWithoutResult(status -> load());
        log.info("Loaded the demo installation: {} parliaments", parliaments.all().size());
    }

    private void load() {
        Parliament chile = plans.register(new NewParliament("chile", "Congreso Nacional de Chile", "Chile", "CL",
                "es", 2011, "https://www.congreso.cl",
                "Congreso bicameral. Ambas cámaras co-crean sus planes de acción de Congreso Abierto con la sociedad civil.",
                List.of(new NewChamber("senado", "Senado", 50),
                        new NewChamber("camara", "Cámara de Diputadas y Diputados", 155))));
        Parliament costaRica = plans.register(new NewParliament("costa-rica", "Asamblea Legislativa de Costa Rica",
                "Costa Rica", "CR", "es", 2012, "https://www.asamblea.go.cr",
                "Parlamento unicameral de 57 diputadas y diputados.",
                List.of(new NewChamber("plenario", "Asamblea Legislativa", 57))));
        Parliament paraguay = plans.register(new NewParliament("paraguay", "Congreso Nacional del Paraguay",
                "Paraguay", "PY", "es", 2011, "https://www.congreso.gov.py", null,
                List.of(new NewChamber("senadores", "Cámara de Senadores", 45),
                        new NewChamber("diputados", "Cámara de Diputados", 80))));
        Parliament trinidad = plans.register(new NewParliament("trinidad-and-tobago",
                "Parliament of the Republic of Trinidad and Tobago", "Trinidad and Tobago", "TT", "en", 2012,
                "https://www.ttparliament.org", "A bicameral parliament: the House of Representatives and the Senate.",
                List.of(new NewChamber("house", "House of Representatives", 41), new NewChamber("senate", "Senate", 31))));

        ChileDemoPlan.load(chile, parliaments.chambersOf(chile.getId()), plans, accounts);
        costaRicaPlan(costaRica);
        paraguayPlan(paraguay);
        trinidadPlan(trinidad);
    }

    private void costaRicaPlan(Parliament parliament) {
        ActionPlan plan = plans.create(parliament.getId(), new PlanDetails("Tercer Plan de Acción de Parlamento Abierto",
                "Plan en co-creación con la sociedad civil a través del Foro Multiactor de Parlamento Abierto.",
                LocalDate.of(2026, 3, 1), LocalDate.of(2028, 2, 29), "es"), LocalDate.of(2025, 9, 15));
        Long id = plan.getId();
        plans.record(id, new PoliticalWill("Acuerdo de todas las fracciones en la Comisión de Parlamento Abierto.",
                parliaments.chambersOf(parliament.getId()).stream().map(c -> c.getId()).toList(), true,
                "Se presentará como anexo del Plan de Acción Nacional de Gobierno Abierto."));
        plans.advance(id, LocalDate.of(2025, 10, 20));
        plans.record(id, new LeadBody("Comisión Especial de Parlamento Abierto",
                "Integrada por una diputada o diputado de cada fracción.", AuthorizationMechanism.PLENARY_MOTION,
                "Moción aprobada en el Plenario.", "Departamento de Participación Ciudadana; presupuesto ordinario.",
                "Datos abiertos legislativos y participación ciudadana en comisiones."));
        plans.addMember(id, new NewMember("Presidencia de la Comisión", "Fracción A", "Presidenta"));
        plans.addMember(id, new NewMember("Secretaría de la Comisión", "Fracción B", "Secretario"));
        plans.advance(id, LocalDate.of(2025, 11, 10));
        plans.record(id, new PointOfContact("Jefatura de Participación Ciudadana", "Jefa de departamento",
                "Departamento de Participación Ciudadana", null, "Coordina el plan y la relación con la sociedad civil."));
        plans.advance(id, LocalDate.of(2026, 1, 19));
        plans.record(id, new CivilSocietyEngagement(
                "Organizaciones con trabajo demostrado en transparencia legislativa, convocadas por invitación abierta.",
                "Convocatoria pública de 30 días y selección por el Foro Multiactor.", "Foro Multiactor de Parlamento Abierto",
                "Reuniones trimestrales con actas públicas; decisiones por consenso."));
        plans.addOrganization(id, new NewOrganization("Red Ciudadana por la Transparencia", OrganizationSector.CIVIL_SOCIETY,
                null, true));
        plans.addOrganization(id, new NewOrganization("Programa Estado de la Nación", OrganizationSector.ACADEMIA, null, true));
        plans.advance(id, LocalDate.of(2026, 3, 2));
        plans.publish(id);
        CostaRicaCoCreation.load(id, plans);
        CostaRicaConsultation.load(id, consultations, answers, moderation, plans, accounts, drafts, parliament.getSlug(),
                plan.getSlug());
    }

    private void paraguayPlan(Parliament parliament) {
        ActionPlan plan = plans.create(parliament.getId(), new PlanDetails("Plan de Acción de Congreso Abierto",
                "Borrador interno en preparación.", LocalDate.of(2027, 1, 1), LocalDate.of(2028, 12, 31), "es"), LocalDate.of(2026, 8, 3));
        plans.record(plan.getId(), new PoliticalWill("Reuniones con las bancadas de ambas cámaras.",
                parliaments.chambersOf(parliament.getId()).stream().map(c -> c.getId()).toList(), false, null));
        plans.advance(plan.getId(), LocalDate.of(2026, 10, 5));
    }

    private void trinidadPlan(Parliament parliament) {
        ActionPlan plan = plans.create(parliament.getId(), new PlanDetails("First Open Parliament Action Plan",
                "Co-created with civil society; both Houses take part.",
                LocalDate.of(2026, 6, 1), LocalDate.of(2028, 5, 31), "en"), LocalDate.of(2026, 1, 20));
        Long id = plan.getId();
        plans.record(id, new PoliticalWill("Agreement of the Speaker and the President of the Senate, with support across parties.",
                parliaments.chambersOf(parliament.getId()).stream().map(c -> c.getId()).toList(), false,
                "The plan follows its own timeline, separate from the government's National Action Plan."));
        plans.advance(id, LocalDate.of(2026, 2, 24));
        plans.record(id, new LeadBody("Joint Select Committee on Open Parliament", "Members of both Houses from all parties.",
                AuthorizationMechanism.BOARD_VOTE, "Decision of the joint leadership of both Houses.",
                "Staff of the Parliamentary Education Office.", "Public information and citizen participation."));
        plans.addMember(id, new NewMember("Committee Chair", "Government bench", "Chair"));
        plans.addMember(id, new NewMember("Committee Vice-chair", "Opposition bench", "Vice-chair"));
        plans.advance(id, LocalDate.of(2026, 3, 16));
        plans.record(id, new PointOfContact("Clerk Assistant", "Clerk Assistant of the House", "Office of the Clerk", null,
                "Coordination, progress reporting and liaison with the network."));
        plans.advance(id, LocalDate.of(2026, 4, 13));
        plans.record(id, new CivilSocietyEngagement("Open call to registered non-profit organizations working on governance.",
                "Selection by a panel with two civil society members.", null, null));
        plans.addOrganization(id, new NewOrganization("Transparency Institute", OrganizationSector.CIVIL_SOCIETY, null, false));
        plans.advance(id, LocalDate.of(2026, 6, 8));
        plans.record(id, new CoCreationDesign(3, 2, "Online consultation on the Parliament's website for four weeks.",
                "Six months from the first co-creation meeting to adoption.", "Chatham House rule; facilitated by an independent facilitator.",
                "Consensus; the Joint Select Committee adopts the final text.", "Civil society members sit on the monitoring panel.",
                "Updates after each meeting on the Parliament's website and radio."));
        plans.addMeeting(id, new NewMeeting("First co-creation meeting", LocalDate.of(2026, 7, 15), MeetingFormat.IN_PERSON,
                "Agreed the co-creation process and the plan's timeline."));
        plans.advance(id, LocalDate.of(2026, 7, 20));
        plans.add(id, new CommitmentText("Publish Hansard and committee reports as open data", Pillar.OPEN_DATA,
                LocalDate.of(2026, 9, 1), LocalDate.of(2027, 12, 31), "Office of the Clerk", null, "Transparency Institute",
                "Debates and reports are published as scanned documents that cannot be searched or reused.",
                "Publish Hansard and committee reports in open, machine-readable formats.",
                "Journalists and citizens can search and reuse parliamentary records.", null, null, null, null, null,
                null, null, null, null));
        plans.add(id, new CommitmentText("Citizen participation in committee inquiries", Pillar.CITIZEN_PARTICIPATION,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null));
        plans.publish(id);
    }
}
