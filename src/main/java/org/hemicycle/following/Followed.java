package org.hemicycle.following;

import org.hemicycle.parliament.Parliament;
import org.hemicycle.plan.ActionPlan;
import org.jspecify.annotations.Nullable;

/** What is followed: a plan, or one of its consultations ({@code consultationId}, with its title). */
public record Followed(Parliament parliament, ActionPlan plan, @Nullable Long consultationId, @Nullable String consultationTitle) {

    public String title() {
        return consultationTitle != null ? consultationTitle : plan.getTitle();
    }

    public String path() {
        String plan = "/parliaments/" + parliament.getSlug() + "/plans/" + this.plan.getSlug();
        return consultationId == null ? plan : plan + "/consultations/" + consultationId;
    }

    /** One subscription per address and subject. */
    public String subject() {
        return consultationId == null ? "plan" : "consultation-" + consultationId;
    }
}
