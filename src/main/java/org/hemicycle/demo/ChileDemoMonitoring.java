package org.hemicycle.demo;

import static java.time.LocalDate.of;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.hemicycle.commitment.Activity;
import org.hemicycle.commitment.ProgressStatus;
import org.hemicycle.commitment.WholeCommitment;
import org.hemicycle.monitoring.EvidenceUpload;
import org.hemicycle.monitoring.NewReading;
import org.hemicycle.monitoring.NewUpdate;
import org.jspecify.annotations.Nullable;

/**
 * Chile's plan being implemented: updates with their evidence, a file or a link, readings of the indicators over
 * time, and activities past their end date and not done, which the public sees flagged as overdue.
 */
final class ChileDemoMonitoring {

    private static final String CONTACT = "Punto de contacto de Congreso Abierto";
    private static final String LIBRARY = "Biblioteca del Congreso Nacional";

    private ChileDemoMonitoring() {
    }

    static void load(DemoEditor editor, List<WholeCommitment> commitments) {
        WholeCommitment portal = commitments.get(0);
        done(editor, portal, 0, of(2025, 6, 25), "Convenio firmado con el Consejo para la Transparencia el 24 de junio.",
                null, new EvidenceUpload("convenio-consejo-transparencia.pdf",
                        DemoPdf.of("Convenio de colaboracion Congreso Nacional - Consejo para la Transparencia, 24.06.2025")));
        done(editor, portal, 1, of(2025, 12, 19), "Los formularios de ambas cámaras están en el Portal de Transparencia.",
                "https://www.portaltransparencia.cl/", null);
        going(editor, portal, 2, 60, of(2026, 5, 15),
                "El primer informe de plazos está redactado; falta la validación de ambas secretarías.");
        reading(editor, portal, 0, of(2025, 6, 30), "12", "Estadísticas del Portal de Transparencia");
        reading(editor, portal, 0, of(2025, 12, 31), "47", "Estadísticas del Portal de Transparencia");
        reading(editor, portal, 0, of(2026, 6, 30), "83", "Estadísticas del Portal de Transparencia");

        WholeCommitment openData = commitments.get(1);
        done(editor, openData, 0, of(2025, 8, 29), "Catálogo acordado en dos talleres con periodistas e investigadores.",
                "https://www.bcn.cl/datosabiertos", null);
        going(editor, openData, 1, 70, of(2026, 4, 10),
                "La API de votaciones está publicada; la de asistencia se retrasó por el cambio de sistema de la Cámara.");
        going(editor, openData, 2, 20, of(2026, 10, 15), "Convocatoria de la hackatón abierta con tres universidades.");
        reading(editor, openData, 0, of(2025, 8, 31), "5", LIBRARY);
        reading(editor, openData, 0, of(2026, 2, 28), "8", LIBRARY);
        reading(editor, openData, 0, of(2026, 8, 31), "10", LIBRARY);
        reading(editor, openData, 1, of(2025, 10, 31), "850", "Registro de descargas del portal de datos");
        reading(editor, openData, 1, of(2026, 4, 30), "2300", "Registro de descargas del portal de datos");
        reading(editor, openData, 1, of(2026, 10, 31), "3900", "Registro de descargas del portal de datos");

        going(editor, commitments.get(2), 0, 50, of(2025, 11, 5),
                "La Mesa de Trabajo discute dos formatos; la decisión pasó a su sesión de enero.");

        WholeCommitment participation = commitments.get(3);
        done(editor, participation, 0, of(2025, 9, 26), "La plataforma de consulta del Senado está en línea.",
                "https://senadoconsulta.example.org/", null);
        going(editor, participation, 1, 70, of(2026, 11, 30), "Siete proyectos de ley consultados; tres en preparación.");
        going(editor, participation, 2, 50, of(2026, 11, 30), "Cuatro de las siete consultas tienen su respuesta publicada.");
        reading(editor, participation, 0, of(2025, 12, 31), "3", "Informes de consulta del Senado");
        reading(editor, participation, 0, of(2026, 6, 30), "6", "Informes de consulta del Senado");
        reading(editor, participation, 0, of(2026, 11, 30), "7", "Informes de consulta del Senado");

        WholeCommitment ethics = commitments.get(4);
        done(editor, ethics, 0, of(2026, 3, 20), "El buscador reúne declaraciones y audiencias de lobby de ambas cámaras.",
                "https://www.infoprobidad.cl/", null);
        going(editor, ethics, 1, 30, of(2026, 9, 30), "Primer borrador del código revisado por la Comisión de Ética del Senado.");
        reading(editor, ethics, 0, of(2025, 12, 31), "55", "Comisiones de Ética");
        reading(editor, ethics, 0, of(2026, 6, 30), "78", "Comisiones de Ética");
    }

    private static void done(DemoEditor editor, WholeCommitment commitment, int activity, LocalDate on, String narrative,
                             @Nullable String link, @Nullable EvidenceUpload file) {
        Activity done = commitment.activities().get(activity);
        editor.postUpdate(CONTACT, commitment.commitment().getId(),
                new NewUpdate(done.getId(), ProgressStatus.COMPLETED, null, narrative, link, on), file);
    }

    private static void going(DemoEditor editor, WholeCommitment commitment, int activity, int percent, LocalDate on,
                              String narrative) {
        Activity going = commitment.activities().get(activity);
        editor.postUpdate(CONTACT, commitment.commitment().getId(),
                new NewUpdate(going.getId(), ProgressStatus.IN_PROGRESS, percent, narrative, null, on), null);
    }

    private static void reading(DemoEditor editor, WholeCommitment commitment, int indicator, LocalDate on, String value,
                                String source) {
        editor.recordReading(CONTACT, commitment.commitment().getId(), new NewReading(
                commitment.indicators().get(indicator).getId(), on, new BigDecimal(value), source));
    }
}
