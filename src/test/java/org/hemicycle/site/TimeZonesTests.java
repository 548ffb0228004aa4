package org.hemicycle.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TimeZonesTests {

    @Test
    void aNewMeetingOrConsultationStartsInTheZoneLastUsedElseItsCountrysElseUtc() {
        assertThat(TimeZones.suggested("America/Lima", "CL")).isEqualTo("America/Lima");
        assertThat(TimeZones.suggested(null, "CL")).isEqualTo("America/Santiago");
        assertThat(TimeZones.suggested(null, "cr")).isEqualTo("America/Costa_Rica");
        // A zone the form does not offer (stored before the list was shortened, say) is not suggested.
        assertThat(TimeZones.suggested("Europe/Paris", "AR")).isEqualTo("America/Argentina/Buenos_Aires");
        assertThat(TimeZones.suggested(null, "TL")).isEqualTo("UTC");
        assertThat(TimeZones.suggested(null, null)).isEqualTo("UTC");
    }
}
