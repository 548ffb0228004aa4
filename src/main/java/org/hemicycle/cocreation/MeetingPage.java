package org.hemicycle.cocreation;

import java.time.Instant;
import java.util.List;
import org.hemicycle.parliament.Parliament;
import org.hemicycle.plan.ActionPlan;

/**
 * One meeting as its page shows it, with what the reader can do: register while registration is open, the meeting
 * is to come and places are left.
 */
public record MeetingPage(Parliament parliament, ActionPlan plan, Meeting meeting, List<MeetingDocument> documents,
                          long registrations, boolean registeredSelf, boolean signedIn, boolean mayEdit, Instant now) {

    public boolean isFull() {
        return meeting.getCapacity() != null && registrations >= meeting.getCapacity();
    }

    public boolean registrationOpen() {
        return meeting.isRegistration() && !meeting.hasStarted(now);
    }

    public boolean mayRegister() {
        return signedIn && registrationOpen() && !registeredSelf && !isFull();
    }

    public boolean mayCancel() {
        return signedIn && registeredSelf && !meeting.hasStarted(now);
    }
}
