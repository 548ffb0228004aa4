package org.hemicycle.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import org.hemicycle.cocreation.ForumSide;
import org.hemicycle.cocreation.ForumText;
import org.hemicycle.cocreation.Meeting;
import org.hemicycle.cocreation.MeetingDetails;
import org.hemicycle.cocreation.MeetingPurpose;
import org.hemicycle.cocreation.NewDocument;
import org.hemicycle.cocreation.NewForumMember;
import org.hemicycle.plan.MeetingFormat;

/**
 * Costa Rica's plan in co-creation: its multi-stakeholder forum, two co-creation meetings held with their minutes,
 * and the next one open to registration, three weeks after the demo is loaded.
 */
final class CostaRicaCoCreation {

    private static final String ZONE = "America/Costa_Rica";

    private CostaRicaCoCreation() {
    }

    static void load(Long planId, DemoEditor editor) {
        editor.describeForum(planId, new ForumText(
                "Convocatoria pública de 30 días publicada en el sitio de la Asamblea. Las organizaciones postulantes "
                        + "eligieron entre ellas a sus cuatro representantes; cada fracción designó a una diputada o un diputado.",
                "El Foro se reúne al menos cada dos meses, en sesiones abiertas al público. Decide por consenso y, a falta de "
                        + "él, por mayoría de dos tercios. Publica el orden del día una semana antes y el acta en los diez días siguientes."));
        member(editor, planId, ForumSide.PARLIAMENT, "Presidencia de la Comisión Especial de Parlamento Abierto", "Asamblea Legislativa",
                "Diputada", "Designada por su fracción.", LocalDate.of(2026, 1, 26));
        member(editor, planId, ForumSide.PARLIAMENT, "Secretaría de la Comisión Especial de Parlamento Abierto", "Asamblea Legislativa",
                "Diputado", "Designado por su fracción.", LocalDate.of(2026, 1, 26));
        member(editor, planId, ForumSide.PARLIAMENT, "Jefatura de Participación Ciudadana", "Asamblea Legislativa",
                "Punto de contacto", "Por su cargo.", LocalDate.of(2026, 1, 26));
        member(editor, planId, ForumSide.CIVIL_SOCIETY, "Representante de la Red Ciudadana por la Transparencia",
                "Red Ciudadana por la Transparencia", "Coordinadora", "Elegida por las organizaciones postulantes.", LocalDate.of(2026, 2, 9));
        member(editor, planId, ForumSide.CIVIL_SOCIETY, "Representante del Programa Estado de la Nación",
                "Programa Estado de la Nación", "Investigador", "Elegido por las organizaciones postulantes.", LocalDate.of(2026, 2, 9));
        member(editor, planId, ForumSide.CIVIL_SOCIETY, "Representante de las organizaciones juveniles",
                "Consejo de la Persona Joven", "Delegada", "Elegida por las organizaciones postulantes.", LocalDate.of(2026, 2, 9));

        Meeting first = editor.schedule(planId, new MeetingDetails("Primera sesión de co-creación: diagnóstico",
                MeetingPurpose.CO_CREATION, MeetingFormat.HYBRID, LocalDate.of(2026, 4, 15), LocalTime.of(9, 0), LocalTime.of(12, 0),
                ZONE, "Sala de Expresidentes, Asamblea Legislativa, San José", "https://meet.example.org/asamblea-foro-1",
                "1. Balance del segundo plan.\n2. Problemas que el tercer plan debe atender.\n3. Calendario de la consulta en línea.",
                false, null, 42, "Participaron 42 personas, 17 en línea. Se presentaron 23 problemas, agrupados en cinco temas: "
                        + "datos abiertos legislativos, participación en comisiones, ética, lenguaje claro y rendición de cuentas.",
                "Abrir la consulta en línea del 4 al 31 de mayo sobre los cinco temas."));
        editor.addDocument(first.getId(), new NewDocument("Acta firmada de la primera sesión", "https://www.asamblea.go.cr"));
        editor.schedule(planId, new MeetingDetails("Segunda sesión de co-creación: priorización de compromisos",
                MeetingPurpose.CO_CREATION, MeetingFormat.IN_PERSON, LocalDate.of(2026, 6, 10), LocalTime.of(14, 0), LocalTime.of(17, 30),
                ZONE, "Salón de Beneméritos de la Patria, San José", null,
                "1. Resultados de la consulta en línea.\n2. Priorización de compromisos.", false, null, 35,
                "Se presentaron las 118 ideas de la consulta y las respuestas razonadas a cada una. Se priorizaron dos propuestas de compromiso.",
                "Redactar los dos borradores de compromiso en mesas mixtas; presentarlos en la tercera sesión."));
        // After the consultation closes (in three weeks): the Forum reads every idea at this session.
        LocalDate next = LocalDate.now(java.time.ZoneId.of(ZONE)).plusWeeks(3).plusDays(5);
        editor.schedule(planId, new MeetingDetails("Tercera sesión: revisión de los borradores de compromiso",
                MeetingPurpose.CO_CREATION, MeetingFormat.HYBRID, next, LocalTime.of(9, 30), LocalTime.of(12, 30), ZONE,
                "Sala de Expresidentes, Asamblea Legislativa, San José", "https://meet.example.org/asamblea-foro-3",
                "1. Lectura de los borradores y de las ideas de la consulta.\n2. Comentarios del público.\n3. Texto para el Plenario.", true, 60,
                null, null, null));
    }

    private static void member(DemoEditor editor, Long planId, ForumSide side, String name, String organization, String role,
                               String appointedHow, LocalDate joinedOn) {
        editor.addForumMember(planId, new NewForumMember(side, name, organization, role, appointedHow, joinedOn));
    }
}
