package org.hemicycle.cocreation;

import java.util.List;
import org.hemicycle.parliament.Parliament;
import org.hemicycle.plan.ActionPlan;

/** The forum of a plan as its page shows it: text, members by side, and whether the reader may edit it. */
public record ForumPage(Parliament parliament, ActionPlan plan, ForumText text, List<ForumMember> members, boolean mayEdit) {

    public List<ForumMember> on(ForumSide side) {
        return members.stream().filter(member -> member.getSide() == side).toList();
    }

    public boolean exists() {
        return !members.isEmpty() || !text.isEmpty();
    }
}
