package org.hemicycle.demo;

import org.hemicycle.account.AccountService;
import static java.time.LocalDate.of;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.hemicycle.commitment.Activity;
import org.hemicycle.commitment.Commitment;
import org.hemicycle.commitment.CommitmentText;
import org.hemicycle.commitment.NewActivity;
import org.hemicycle.commitment.NewIndicator;
import org.hemicycle.commitment.WholeCommitment;
import org.hemicycle.parliament.Chamber;
import org.hemicycle.parliament.Parliament;
import org.hemicycle.version.VersionKind;
import org.hemicycle.plan.*;
import org.hemicycle.plan.ActionPlan;
import org.hemicycle.plan.OgpValue;

/**
 * An adopted plan with its full set of commitments, one for each kind the guidelines give as examples
 * (transparency, open data, accountability, citizen participation, ethics).
 */
final class ChileDemoPlan {

    private ChileDemoPlan() {
    }

    static void load(Parliament chile, List<Chamber> chambers, DemoEditor editor, AccountService accounts) {
        ActionPlan plan = editor.create(chile.getId(), new PlanDetails("Plan de Acción de Congreso Abierto 2025-2027",
                "Quinto plan de Congreso Abierto, co-creado por el Senado, la Cámara de Diputadas y Diputados y la "
                        + "Biblioteca del Congreso Nacional con organizaciones de la sociedad civil.",
                of(2025, 3, 1), of(2027, 2, 28), "es"), LocalDate.of(2024, 5, 6));
        Long id = plan.getId();
        editor.record(id, new PoliticalWill(
                "El Grupo Bicameral de Transparencia reunió a todos los comités parlamentarios y a la administración "
                        + "de ambas cámaras; las mesas de ambas cámaras respaldaron el proceso.",
                chambers.stream().map(Chamber::getId).toList(), true,
                "Anexo del Plan de Acción Nacional de Gobierno Abierto, alineado con su calendario."));
        editor.advance(id, LocalDate.of(2024, 6, 12));
        editor.record(id, new LeadBody("Grupo Bicameral de Transparencia",
                "Senadoras, senadores, diputadas y diputados de todas las bancadas.", AuthorizationMechanism.BOARD_VOTE,
                "Acuerdo de las Comisiones de Régimen Interno de ambas cámaras.",
                "Secretaría técnica de la Biblioteca del Congreso Nacional; presupuesto de cada cámara.",
                "Acceso a la información, datos abiertos, rendición de cuentas, participación y probidad."));
        editor.addMember(id, new NewMember("Senadora coordinadora", "Bancada A", "Co-presidenta"));
        editor.addMember(id, new NewMember("Diputado coordinador", "Bancada B", "Co-presidente"));
        editor.addMember(id, new NewMember("Diputada integrante", "Bancada C", "Integrante"));
        editor.advance(id, LocalDate.of(2024, 7, 1));
        editor.record(id, new PointOfContact("Punto de contacto de Congreso Abierto", "Jefa de Transparencia",
                "Biblioteca del Congreso Nacional", "congresoabierto@example.org",
                "Coordinar la implementación, informar avances, apoyar el diálogo con la sociedad civil y la red."));
        editor.advance(id, LocalDate.of(2024, 8, 5));
        editor.record(id, new CivilSocietyEngagement(
                "Organizaciones sin fines de lucro con trabajo en transparencia legislativa o participación; "
                        + "convocatoria abierta y publicada.",
                "Convocatoria pública; la Mesa de Trabajo se integró con todas las organizaciones que cumplieron los criterios.",
                "Mesa de Trabajo de Congreso Abierto",
                "Se reúne al menos cada seis meses; actas públicas; decisiones por consenso."));
        editor.addOrganization(id, new NewOrganization("Fundación Ciudadanía Inteligente", OrganizationSector.CIVIL_SOCIETY,
                null, true));
        editor.addOrganization(id, new NewOrganization("Observatorio Legislativo Universitario", OrganizationSector.ACADEMIA,
                null, true));
        editor.addOrganization(id, new NewOrganization("Asociación de Periodistas de Datos", OrganizationSector.MEDIA, null, false));
        editor.advance(id, LocalDate.of(2024, 9, 16));
        editor.record(id, new CoCreationDesign(4, 3, "Consulta en línea de cuatro semanas sobre las propuestas priorizadas.",
                "Seis meses: diagnóstico, propuestas, priorización y redacción.",
                "Facilitación independiente; todas las voces en cada mesa.",
                "Consenso en la Mesa de Trabajo; adopción por las Comisiones de Régimen Interno.",
                "La sociedad civil integra la Mesa que monitorea el plan cada semestre.",
                "Boletín tras cada reunión y micrositio del plan."));
        editor.addMeeting(id, new NewMeeting("Primera reunión de co-creación", of(2024, 10, 8), MeetingFormat.IN_PERSON,
                "Se acordaron la metodología, el calendario y las reglas de participación."));
        editor.addMeeting(id, new NewMeeting("Mesa de priorización", of(2024, 12, 3), MeetingFormat.HYBRID,
                "Se priorizaron cinco compromisos entre 23 propuestas."));
        editor.advance(id, LocalDate.of(2024, 12, 10));

        commitment(editor, id, new CommitmentText(
                "Integrar las solicitudes de información del Congreso al Portal de Transparencia del Estado",
                Pillar.TRANSPARENCY, of(2025, 3, 1), of(2026, 6, 30), "Senado y Cámara de Diputadas y Diputados",
                "Biblioteca del Congreso Nacional; Consejo para la Transparencia", "Fundación Ciudadanía Inteligente",
                "Cada institución del Congreso recibe solicitudes de información por canales distintos.",
                "Recibir y responder todas las solicitudes del Congreso a través del Portal de Transparencia del Estado.",
                "Un solo canal facilita pedir información y permite medir plazos de respuesta.",
                EnumSet.of(OgpValue.TRANSPARENCY), "Mejora el acceso a la información pública del Congreso.",
                "Presupuesto ordinario de ambas cámaras", "Jefa de Transparencia", "Jefa", "Transparencia",
                "Senado", null, Completion.SUBSTANTIAL),
                List.of(new NewActivity("Convenio con el Consejo para la Transparencia", "Convenio firmado", of(2025, 3, 1), of(2025, 6, 30)),
                        new NewActivity("Migración de formularios de ambas cámaras", "Formularios en el portal", of(2025, 7, 1), of(2025, 12, 31)),
                        new NewActivity("Informe público de plazos de respuesta", "Informe semestral", of(2026, 1, 1), of(2026, 6, 30))),
                List.of(new NewIndicator("Solicitudes recibidas por el portal", "0", "100", "%")));
        commitment(editor, id, new CommitmentText(
                "Publicar votaciones, asistencia y documentos legislativos como datos abiertos",
                Pillar.OPEN_DATA, of(2025, 4, 1), of(2026, 12, 31), "Biblioteca del Congreso Nacional",
                "Secretarías de ambas cámaras", "Asociación de Periodistas de Datos; Observatorio Legislativo Universitario",
                "Las votaciones y documentos se publican en formatos que no se pueden reutilizar.",
                "Publicar votaciones nominales, asistencia y documentos en formatos abiertos con una API documentada.",
                "Permite el análisis ciudadano y periodístico de la labor legislativa.",
                EnumSet.of(OgpValue.TRANSPARENCY, OgpValue.TECHNOLOGY_INNOVATION),
                "Datos abiertos y tecnología al servicio del acceso a la información.", "Proyecto de la Biblioteca",
                "Encargado de datos abiertos", "Jefe de proyecto", "Datos", "Biblioteca del Congreso Nacional", null,
                Completion.LIMITED),
                List.of(new NewActivity("Catálogo de datos acordado con usuarios", "Catálogo publicado", of(2025, 4, 1), of(2025, 8, 31)),
                        new NewActivity("API de votaciones y asistencia", "API documentada", of(2025, 9, 1), of(2026, 6, 30)),
                        new NewActivity("Hackatón legislativa", "Informe del evento", of(2026, 9, 1), of(2026, 12, 31))),
                List.of(new NewIndicator("Conjuntos de datos publicados", "2", "12", "conjuntos"),
                        new NewIndicator("Descargas mensuales", "0", "5000", "descargas")));
        commitment(editor, id, new CommitmentText(
                "Informe anual de la labor parlamentaria", Pillar.ACCOUNTABILITY, of(2025, 6, 1), of(2027, 2, 28),
                "Comisiones de Régimen Interno", "Secretarías generales", "Observatorio Legislativo Universitario",
                "La ciudadanía no cuenta con un balance anual comprensible del trabajo del Congreso.",
                "Publicar cada año un informe de la labor legislativa, de fiscalización y de gestión, en lenguaje claro.",
                "Crea una tradición de rendición de cuentas y acerca el Congreso a la ciudadanía.",
                EnumSet.of(OgpValue.ACCOUNTABILITY), "Rendición de cuentas sobre la gestión parlamentaria.", null,
                "Secretaria General", "Secretaria", "Secretaría General", "Cámara de Diputadas y Diputados", null,
                Completion.NOT_STARTED),
                List.of(new NewActivity("Formato del informe acordado con la Mesa de Trabajo", "Formato aprobado", of(2025, 6, 1), of(2025, 9, 30)),
                        new NewActivity("Primer informe anual", "Informe publicado", of(2026, 1, 1), of(2026, 4, 30))),
                List.of(new NewIndicator("Informes anuales publicados", "0", "2", "informes")));
        commitment(editor, id, new CommitmentText(
                "Participación ciudadana en la discusión de proyectos de ley", Pillar.CITIZEN_PARTICIPATION,
                of(2025, 3, 1), of(2027, 2, 28), "Senado", "Comisiones permanentes",
                "Fundación Ciudadanía Inteligente",
                "La ciudadanía tiene pocas vías para opinar sobre los proyectos en discusión.",
                "Habilitar una plataforma de consulta sobre proyectos de ley y responder públicamente a los aportes.",
                "Los aportes ciudadanos llegan a las comisiones con una respuesta razonada.",
                EnumSet.of(OgpValue.CIVIC_PARTICIPATION, OgpValue.TECHNOLOGY_INNOVATION),
                "Participación ciudadana apoyada en tecnología.", "Presupuesto del Senado", "Jefe de Participación",
                "Jefe", "Participación Ciudadana", "Senado", null, Completion.SUBSTANTIAL),
                List.of(new NewActivity("Plataforma de consulta en línea", "Plataforma operativa", of(2025, 3, 1), of(2025, 9, 30)),
                        new NewActivity("Consultas en diez proyectos de ley", "Informes de consulta", of(2025, 10, 1), of(2026, 12, 31)),
                        new NewActivity("Respuesta razonada a los aportes", "Respuestas publicadas", of(2025, 10, 1), of(2027, 2, 28))),
                List.of(new NewIndicator("Proyectos de ley consultados", "0", "10", "proyectos")));
        commitment(editor, id, new CommitmentText(
                "Buenas prácticas de ética y probidad parlamentaria", Pillar.ETHICS, of(2025, 5, 1), of(2026, 12, 31),
                "Comisiones de Ética de ambas cámaras", "Comités parlamentarios", "Observatorio Legislativo Universitario",
                "Las declaraciones de intereses y las reuniones de lobby son difíciles de consultar.",
                "Publicar en un solo lugar las declaraciones de intereses y patrimonio y las audiencias de lobby, "
                        + "y actualizar el código de ética.",
                "Permite a la ciudadanía detectar conflictos de interés.",
                EnumSet.of(OgpValue.ETHICAL_STANDARDS, OgpValue.ACCOUNTABILITY),
                "Estándares éticos y rendición de cuentas.", null, "Secretario de la Comisión de Ética", "Abogado",
                "Comisión de Ética", "Senado", null, Completion.LIMITED),
                List.of(new NewActivity("Buscador unificado de declaraciones y audiencias", "Buscador publicado", of(2025, 5, 1), of(2025, 12, 31)),
                        new NewActivity("Propuesta de código de ética actualizado", "Propuesta presentada", of(2026, 1, 1), of(2026, 12, 31))),
                List.of(new NewIndicator("Declaraciones consultables en línea", "40", "100", "%")));

        editor.saveVersion(id, VersionKind.DRAFT_FOR_CONSULTATION, "Borrador sometido a consulta pública");
        // What the consultation changed before adoption: the draft compared with the adopted text shows it.
        WholeCommitment ethics = editor.commitmentsOf(id).get(editor.commitmentsOf(id).size() - 1);
        Activity code = ethics.activities().get(1);
        editor.updateActivity(ethics.commitment().getId(), code.getId(), new NewActivity(code.getDescription(),
                "Propuesta presentada a ambas Comisiones de Ética, con los aportes de la consulta",
                code.getStartDate(), code.getEndDate()));

        editor.advance(id, LocalDate.of(2025, 1, 27));
        editor.record(id, new Adoption(AuthorizationMechanism.BOARD_VOTE, of(2025, 2, 20),
                "Acuerdo conjunto de las Comisiones de Régimen Interno N.º 12/2025", null, true));
        editor.advance(id, LocalDate.of(2025, 3, 1));
        editor.recordImplementation(id, new Narrative(
                "Cada compromiso tiene un equipo responsable y un aliado de la sociedad civil; los avances se "
                        + "comunican en el micrositio del plan y en un boletín trimestral."));
        editor.publish(id);

        // After adoption the text changes only by an amendment, whose reason the public reads beside the change.
        editor.openAmendment(id, "Acuerdo de las Comisiones de Régimen Interno N.º 31/2025: el buscador unificado "
                + "incluye también las audiencias de lobby de ambas cámaras, lo que extiende su plazo.");
        Activity search = ethics.activities().get(0);
        editor.updateActivity(ethics.commitment().getId(), search.getId(), new NewActivity(search.getDescription(),
                "Buscador publicado, con las audiencias de lobby de ambas cámaras", search.getStartDate(), of(2026, 3, 31)));
        editor.recordAmendment(id);

        ChileDemoMonitoring.load(editor, editor.commitmentsOf(id));
        ChileDemoReview.load(editor, accounts, id, editor.commitmentsOf(id));
        editor.postNews("Punto de contacto de Congreso Abierto", id, "Publicada la API de votaciones",
                """
                La **API de votaciones** de ambas cámaras ya está publicada, con su documentación en el \
                [portal de datos abiertos](https://www.camara.cl/transparencia/datosAbiertos.aspx).

                Próximos pasos:

                - publicar los datos de asistencia a sala y comisiones;
                - presentar los avances a la Mesa de Congreso Abierto.
                """);
        editor.postNews("Punto de contacto de Congreso Abierto", id, "Revisión independiente de medio término",
                "El informe independiente de medio término ya es público, con sus recomendaciones y las respuestas a los comentarios recibidos.");
    }

    private static void commitment(DemoEditor editor, Long planId, CommitmentText text,
                                   List<NewActivity> activities, List<NewIndicator> indicators) {
        Commitment commitment = editor.add(planId, text);
        for (NewActivity activity : activities) {
            editor.addActivity(commitment.getId(), activity);
        }
        for (NewIndicator indicator : indicators) {
            editor.addIndicator(commitment.getId(), indicator);
        }
    }
}
