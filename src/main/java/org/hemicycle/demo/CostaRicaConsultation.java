package org.hemicycle.demo;

import java.security.SecureRandom;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.List;
import org.hemicycle.account.AccountService;
import org.hemicycle.account.HemicycleUser;
import org.hemicycle.account.NewAccount;
import org.hemicycle.consultation.Consultation;
import org.hemicycle.consultation.ConsultationDetails;
import org.hemicycle.consultation.ConsultationService;
import org.hemicycle.consultation.Idea;
import org.hemicycle.consultation.NewIdea;
import org.hemicycle.plan.Pillar;

/**
 * Costa Rica's consultation on its draft commitments, open from ten days before the demo is loaded until three
 * weeks after, with ideas from three citizens and their supports. The citizens' accounts get passwords nobody knows:
 * they exist to have written something, not to be signed into.
 */
final class CostaRicaConsultation {

    private static final ZoneId ZONE = ZoneId.of("America/Costa_Rica");
    private static final SecureRandom RANDOM = new SecureRandom();

    private CostaRicaConsultation() {
    }

    static void load(Long planId, ConsultationService consultations, AccountService accounts) {
        ZonedDateTime opens = ZonedDateTime.now(ZONE).minusDays(10);
        ZonedDateTime closes = ZonedDateTime.now(ZONE).plusWeeks(3);
        Consultation consultation = consultations.open(DemoEditor.DEMO, planId, new ConsultationDetails(
                "Consulta sobre los borradores de compromiso",
                "Ocho borradores salieron de la segunda sesión del Foro. Proponga mejoras o nuevas ideas y apoye las que comparte.",
                "Abierta tres semanas y media. El Foro lee todas las ideas en su tercera sesión y cada idea recibe una respuesta "
                        + "razonada en el plazo de un mes tras el cierre. Se puede participar en línea o en las oficinas de "
                        + "Participación Ciudadana de la Asamblea.",
                opens.toLocalDate(), LocalTime.of(8, 0), closes.toLocalDate(), LocalTime.of(23, 59), ZONE.getId()));
        List<HemicycleUser> citizens = List.of(citizen(accounts, "Lucía M."), citizen(accounts, "Diego R."),
                citizen(accounts, "Colectivo Datos Abiertos CR"));
        Idea votes = consultations.submit(citizens.get(0), consultation.getId(), new NewIdea("Votaciones nominales en datos abiertos",
                "Publicar cada votación del Plenario y de las comisiones, nombre por nombre, el mismo día, en un formato abierto.",
                Pillar.OPEN_DATA));
        Idea agendas = consultations.submit(citizens.get(1), consultation.getId(), new NewIdea("Órdenes del día con una semana de antelación",
                "Que las comisiones publiquen su orden del día y los documentos al menos siete días antes de cada sesión.",
                Pillar.TRANSPARENCY));
        consultations.submit(citizens.get(2), consultation.getId(), new NewIdea("Audiencias ciudadanas en las comisiones",
                "Un espacio de audiencia pública por proyecto de ley, con inscripción en línea y actas publicadas.",
                Pillar.CITIZEN_PARTICIPATION));
        consultations.support(citizens.get(1), consultation.getId(), votes.getId());
        consultations.support(citizens.get(2), consultation.getId(), votes.getId());
        consultations.support(citizens.get(0), consultation.getId(), agendas.getId());
    }

    private static HemicycleUser citizen(AccountService accounts, String name) {
        String email = "demo-" + name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]+", "-") + "@demo.hemicycle.invalid";
        byte[] secret = new byte[24];
        RANDOM.nextBytes(secret);
        accounts.create(DemoEditor.DEMO, new NewAccount(email, name, Base64.getEncoder().encodeToString(secret), null));
        return accounts.loadUserByUsername(email);
    }
}
