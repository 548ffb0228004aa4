package org.hemicycle.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.hemicycle.account.AccountService;
import org.hemicycle.account.Actor;
import org.hemicycle.account.HemicycleUser;
import org.hemicycle.commitment.AssessmentSource;
import org.hemicycle.commitment.Irm;
import org.hemicycle.commitment.WholeCommitment;
import org.hemicycle.plan.Completion;
import org.hemicycle.review.AssessmentForm;
import org.hemicycle.review.ReviewService;

/**
 * Chile's plan assessed three times, with a disagreement on the open-data commitment (the parliament finds it on track,
 * civil society finds it late), and its independent mid-term review published after a comment answered.
 */
final class ChileDemoReview {

    private static final String CONTACT = "Punto de contacto de Congreso Abierto";
    private static final String FORUM = "Organizaciones de la sociedad civil de la Mesa de Congreso Abierto";
    private static final String REVIEWER = "Investigadora independiente del IRM";

    private ChileDemoReview() {
    }

    static void load(DemoEditor editor, AccountService accounts, Long planId, List<WholeCommitment> commitments) {
        Long portal = commitments.get(0).commitment().getId();
        Long openData = commitments.get(1).commitment().getId();
        editor.assess(CONTACT, portal, AssessmentSource.SELF, assessment(Irm.Specificity.HIGH, Irm.PotentialImpact.TRANSFORMATIVE,
                Completion.SUBSTANTIAL, Irm.EarlyResults.SIGNIFICANT,
                "Los formularios de ambas cámaras están en el Portal de Transparencia y las solicitudes se multiplicaron por siete."));
        editor.assess(FORUM, portal, AssessmentSource.CIVIL_SOCIETY, assessment(Irm.Specificity.HIGH, Irm.PotentialImpact.TRANSFORMATIVE,
                Completion.SUBSTANTIAL, Irm.EarlyResults.SIGNIFICANT,
                "Coincidimos: el acceso mejoró de forma visible. Falta publicar los plazos de respuesta."));
        editor.assess(CONTACT, openData, AssessmentSource.SELF, assessment(Irm.Specificity.HIGH, Irm.PotentialImpact.TRANSFORMATIVE,
                Completion.SUBSTANTIAL, Irm.EarlyResults.MODERATE,
                "La API de votaciones está publicada y se descarga cada vez más; la de asistencia llegará este año."));
        editor.assess(FORUM, openData, AssessmentSource.CIVIL_SOCIETY, assessment(Irm.Specificity.MEDIUM, Irm.PotentialImpact.MODERATE,
                Completion.LIMITED, Irm.EarlyResults.NO_NOTABLE_RESULTS,
                "Sin datos de asistencia no hay control ciudadano de la labor parlamentaria: el compromiso va con retraso."));

        ReviewService reviews = editor.reviews();
        reviews.start(Actor.platform(REVIEWER), planId);
        for (WholeCommitment whole : commitments) {
            Long id = whole.commitment().getId();
            boolean isPortal = id.equals(portal);
            editor.assess(REVIEWER, id, AssessmentSource.INDEPENDENT, assessment(
                    isPortal ? Irm.Specificity.HIGH : Irm.Specificity.MEDIUM,
                    isPortal ? Irm.PotentialImpact.TRANSFORMATIVE : Irm.PotentialImpact.MODERATE,
                    isPortal ? Completion.SUBSTANTIAL : id.equals(openData) ? Completion.LIMITED : Completion.SUBSTANTIAL,
                    isPortal ? Irm.EarlyResults.SIGNIFICANT : Irm.EarlyResults.MODERATE,
                    isPortal ? "El compromiso más ambicioso del plan, y cumplido en lo sustancial: las solicitudes de acceso llegan a ambas cámaras por una sola vía."
                            : "Avance verificado en las fuentes publicadas; el compromiso es pertinente pero su ambición es moderada."));
        }
        reviews.writeRecommendations(Actor.platform(REVIEWER), planId,
                "Publicar los datos de asistencia antes del cierre del plan; fijar plazos de respuesta en el reglamento de ambas cámaras; "
                        + "incluir en el próximo plan un compromiso de participación en las comisiones.", 0);
        reviews.openForComment(Actor.platform(REVIEWER), planId, LocalDate.now(), 1);
        HemicycleUser reader = DemoEditor.citizen(accounts, "Fundación Ciudadanía Inteligente");
        reviews.comment(reader, planId, "El informe debería mencionar que la API de votaciones no incluye las votaciones en comisión.");
        Long comment = reviews.workspace(Actor.platform(REVIEWER), planId).comments().get(0).id();
        reviews.answer(Actor.platform(REVIEWER), planId, comment,
                "Gracias: la evaluación del compromiso de datos abiertos lo señala ahora en su justificación.");
        reviews.publish(Actor.platform(REVIEWER), planId, 2);
    }

    private static AssessmentForm assessment(Irm.Specificity specificity, Irm.PotentialImpact impact, Completion completion,
                                             Irm.EarlyResults early, String justification) {
        return new AssessmentForm(specificity, true, Set.of(Irm.Value.ACCESS_TO_INFORMATION, Irm.Value.PUBLIC_ACCOUNTABILITY),
                impact, null, completion, null, early, justification);
    }
}
