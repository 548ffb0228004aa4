package org.hemicycle.monitoring.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Set;
import org.apache.tika.Tika;
import org.springframework.stereotype.Component;

/**
 * What a file is, read from its first bytes by Apache Tika (the name only narrows a container format: a zip named
 * .docx is a Word document, a PDF named .docx is a PDF). Only documents, spreadsheets, slides, PDFs and images are
 * taken as evidence: nothing a browser would run.
 */
@Component
public class EvidenceTypes {

    public static final Set<String> ACCEPTED = Set.of(
            "application/pdf",
            "image/png", "image/jpeg", "image/gif", "image/webp",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/vnd.oasis.opendocument.text",
            "application/vnd.oasis.opendocument.spreadsheet",
            "application/vnd.oasis.opendocument.presentation",
            "application/msword", "application/vnd.ms-excel", "application/vnd.ms-powerpoint",
            "application/x-tika-msoffice", "application/x-tika-ooxml",
            "text/csv", "text/plain");

    private final Tika tika = new Tika();

    /** The file's type if it is one taken as evidence. */
    public Optional<String> accepted(byte[] content, String fileName) {
        try {
            String type = tika.detect(new ByteArrayInputStream(content), fileName);
            return ACCEPTED.contains(type) ? Optional.of(type) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
