package org.hemicycle.cocreation.web;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.FluentCalendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import org.hemicycle.cocreation.Meeting;
import org.hemicycle.cocreation.MeetingsPage;

/**
 * A plan's meetings as an iCalendar feed that calendar applications subscribe to. Times are written in UTC, which
 * every reader converts to its own zone; each event keeps a stable identifier, so that a moved meeting moves in the
 * subscribers' calendars instead of appearing twice.
 */
final class MeetingCalendar {

    private MeetingCalendar() {
    }

    static String of(MeetingsPage page, String planAddress, String host) {
        FluentCalendar calendar = new Calendar().withProdId("-//Hemicycle//Meetings//EN").withDefaults();
        for (Meeting meeting : concat(page)) {
            VEvent event = new VEvent(meeting.getStartsAt(), meeting.getEndsAt(), meeting.getTitle());
            event.add(new Uid("meeting-" + meeting.getId() + "@" + host));
            // Stamped with the meeting's last change, not the moment of the request: an unchanged feed stays the same
            // bytes, which conditional requests and calendar clients rely on.
            event.replace(new DtStamp(meeting.getUpdatedAt()));
            event.add(new LastModified(meeting.getUpdatedAt()));
            String where = meeting.getPlace() != null ? meeting.getPlace() : meeting.getOnlineLink();
            if (where != null) {
                event.add(new Location(where));
            }
            if (meeting.getAgenda() != null) {
                event.add(new Description(meeting.getAgenda()));
            }
            event.add(new Url(URI.create(planAddress + "/meetings/" + meeting.getId())));
            calendar = calendar.withComponent(event);
        }
        StringWriter ics = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar.getFluentTarget(), ics);
        } catch (IOException impossible) {
            throw new IllegalStateException("Writing to a string failed", impossible);
        }
        return ics.toString();
    }

    private static List<Meeting> concat(MeetingsPage page) {
        return java.util.stream.Stream.concat(page.held().stream(), page.upcoming().stream()).toList();
    }
}
