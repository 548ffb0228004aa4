package org.hemicycle.demo;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.hemicycle.account.AccountService;
import org.hemicycle.account.HemicycleUser;
import org.hemicycle.consultation.FlagReason;
import org.hemicycle.consultation.IdeaFlag;
import org.hemicycle.consultation.ModerationDecision;
import org.hemicycle.consultation.ModerationForm;
import org.hemicycle.consultation.ModerationService;
import org.hemicycle.consultation.NewComment;
import org.hemicycle.commitment.Commitment;
import org.hemicycle.commitment.CommitmentPart;
import org.hemicycle.consultation.DraftCommentService;
import org.jspecify.annotations.Nullable;
import org.hemicycle.commitment.CommitmentText;
import org.hemicycle.consultation.AnswerKind;
import org.hemicycle.consultation.AnswerService;
import org.hemicycle.consultation.Consultation;
import org.hemicycle.consultation.ConsultationDetails;
import org.hemicycle.consultation.ConsultationService;
import org.hemicycle.consultation.Idea;
import org.hemicycle.consultation.IdeaAnswer;
import org.hemicycle.consultation.NewIdea;
import org.hemicycle.plan.Pillar;

/**
 * Costa Rica's consultation on its draft commitments, open from ten days before the demo is loaded until three
 * weeks after, with ideas from three citizens, their comments and supports, the answers given so far, and moderation.
 * The citizens' accounts get passwords nobody knows: they exist to have written something, not to be signed into.
 */
final class CostaRicaConsultation {

    private static final ZoneId ZONE = ZoneId.of("America/Costa_Rica");

    private CostaRicaConsultation() {
    }

    static void load(Long planId, ConsultationService consultations, AnswerService answers, ModerationService moderation,
                     DemoEditor plans, AccountService accounts, DraftCommentService drafts, String parliamentSlug,
                     String planSlug) {
        ZonedDateTime opens = ZonedDateTime.now(ZONE).minusDays(10);
        ZonedDateTime closes = ZonedDateTime.now(ZONE).plusWeeks(3);
        Consultation consultation = consultations.open(DemoEditor.DEMO, planId, new ConsultationDetails(
                "Consulta sobre los borradores de compromiso",
                "Los dos borradores de compromiso salieron de la segunda sesión del Foro. Proponga mejoras o nuevas ideas y apoye las que comparte.",
                "Abierta tres semanas y media. El Foro lee todas las ideas en su tercera sesión y cada idea recibe una respuesta "
                        + "razonada en el plazo de un mes tras el cierre. Se puede participar en línea o en las oficinas de "
                        + "Participación Ciudadana de la Asamblea.",
                opens.toLocalDate(), LocalTime.of(8, 0), closes.toLocalDate(), LocalTime.of(23, 59), ZONE.getId()));
        List<HemicycleUser> citizens = List.of(DemoEditor.citizen(accounts, "Lucía M."), DemoEditor.citizen(accounts, "Diego R."),
                DemoEditor.citizen(accounts, "Colectivo Datos Abiertos CR"));
        Idea votes = consultations.submit(citizens.get(0), consultation.getId(), new NewIdea("Votaciones nominales en datos abiertos",
                "Publicar cada votación del Plenario y de las comisiones, nombre por nombre, el mismo día, en un formato abierto.",
                Pillar.OPEN_DATA));
        Idea agendas = consultations.submit(citizens.get(1), consultation.getId(), new NewIdea("Órdenes del día con una semana de antelación",
                "Que las comisiones publiquen su orden del día y los documentos al menos siete días antes de cada sesión.",
                Pillar.TRANSPARENCY));
        Idea hearings = consultations.submit(citizens.get(2), consultation.getId(), new NewIdea("Audiencias ciudadanas en las comisiones",
                "Un espacio de audiencia pública por proyecto de ley, con inscripción en línea y actas publicadas.",
                Pillar.CITIZEN_PARTICIPATION));
        Idea sameVotes = consultations.submit(citizens.get(2), consultation.getId(), new NewIdea("Saber cómo vota cada diputado",
                "Una página por diputada o diputado con todas sus votaciones.", Pillar.OPEN_DATA));
        Idea broadcasts = consultations.submit(citizens.get(0), consultation.getId(), new NewIdea("Transmitir las sesiones de comisión",
                "Video en vivo de todas las comisiones, con archivo consultable.", Pillar.TRANSPARENCY));
        consultations.support(citizens.get(1), consultation.getId(), votes.getId());
        consultations.support(citizens.get(2), consultation.getId(), votes.getId());
        consultations.support(citizens.get(0), consultation.getId(), agendas.getId());
        consultations.support(citizens.get(1), consultation.getId(), hearings.getId());

        Idea onAgendas = consultations.comment(citizens.get(2), consultation.getId(), agendas.getId(), new NewComment(
                "Siete días es poco para los proyectos largos: ¿podrían ser diez para los de más de cien artículos?", null));
        consultations.comment(citizens.get(1), consultation.getId(), agendas.getId(), new NewComment(
                "Diez días nos parece razonable, siempre que los documentos se publiquen en formato editable.", onAgendas.getId()));
        consultations.comment(citizens.get(1), consultation.getId(), votes.getId(), new NewComment(
                "Que incluya también las votaciones de las mociones de orden.", null));

        // Two of the Forum's draft commitments, and the answers already given: an idea that shaped a draft, one
        // merged into it, and one the Forum does not take, each with its reason. The others await their answer.
        Commitment openVotes = plans.add(planId, draft("Votaciones nominales en formato abierto", Pillar.OPEN_DATA,
                "Las votaciones nominales solo se conocen por las actas."));
        plans.add(planId, draft("Agenda legislativa anticipada", Pillar.TRANSPARENCY, null));
        answers.answer(DemoEditor.DEMO, votes.getId(), new IdeaAnswer(AnswerKind.ACCEPTED,
                "El Foro la incorporó al borrador del compromiso 1: cada votación nominal del Plenario y de las comisiones "
                        + "se publicará el mismo día en formato abierto.", openVotes.getId(), null), null);
        answers.answer(DemoEditor.DEMO, sameVotes.getId(), new IdeaAnswer(AnswerKind.MERGED,
                "Pide lo mismo que la idea sobre votaciones nominales; se responde con ella.", null, votes.getId()), null);
        answers.answer(DemoEditor.DEMO, hearings.getId(), new IdeaAnswer(AnswerKind.NOT_ACCEPTED,
                "El Reglamento de la Asamblea ya prevé audiencias en las comisiones; el Foro propone en cambio publicar su "
                        + "calendario en el compromiso 2.", null, null), null);

        // A comment on a part of the draft, which the Forum took up: the Issue now says how late the minutes come,
        // and the comment says the text changed since. A later comment was written on the new text.
        Idea onIssue = drafts.comment(citizens.get(2), parliamentSlug, planSlug, consultation.getId(), openVotes.getNumber(),
                CommitmentPart.ISSUE, null, new NewComment("Convendría decir cuánto tardan las actas: a veces dos meses. "
                        + "Así se podrá medir el avance.", null), null);
        plans.update(openVotes.getId(), openVotes.text().withIssue("Las votaciones nominales solo se conocen por las actas, "
                + "que se publican hasta dos meses después de cada sesión."));
        drafts.comment(citizens.get(0), parliamentSlug, planSlug, consultation.getId(), openVotes.getNumber(),
                CommitmentPart.ISSUE, null, new NewComment("Con el plazo escrito queda claro el problema. Gracias.", null), null);
        answers.answer(DemoEditor.DEMO, onIssue.getId(), new IdeaAnswer(AnswerKind.ACCEPTED,
                "El Foro precisó en la Problemática cuánto tardan hoy las actas.", openVotes.getId(), null), null);

        // Moderation: advertising reported by two people and hidden with its reason; a report on a fair idea that
        // awaits the point of contact's review.
        HemicycleUser advertiser = DemoEditor.citizen(accounts, "Ofertas CR");
        Idea advert = consultations.submit(advertiser, consultation.getId(), new NewIdea("Relojes de marca a mitad de precio",
                "Visite nuestra tienda en línea: envío gratis a todo el país.", null));
        moderation.flag(citizens.get(0), consultation.getId(), advert.getId(), new IdeaFlag(FlagReason.SPAM, null));
        moderation.flag(citizens.get(1), consultation.getId(), advert.getId(), new IdeaFlag(FlagReason.SPAM, "Publicidad."));
        moderation.decide(DemoEditor.DEMO, consultation.getId(), new ModerationForm(List.of(advert.getId() + ":"
                + moderation.currentVersion(advert.getId())), ModerationDecision.HIDE,
                "Publicidad comercial: no es una propuesta para el plan."));
        moderation.flag(citizens.get(2), consultation.getId(), broadcasts.getId(), new IdeaFlag(FlagReason.DOES_NOT_BELONG,
                "Esto ya existe para el Plenario."));
    }

    private static CommitmentText draft(String title, Pillar pillar, @Nullable String issue) {
        return new CommitmentText(title, pillar, null, null, "Asamblea Legislativa", null, null, issue, null, null,
                null, null, null, null, null, null, null, null, null);
    }
}
