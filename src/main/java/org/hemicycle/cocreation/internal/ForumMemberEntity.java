package org.hemicycle.cocreation.internal;

import jakarta.persistence.*;
import java.time.LocalDate;
import org.hemicycle.cocreation.ForumMember;
import org.hemicycle.cocreation.ForumSide;
import org.hemicycle.cocreation.NewForumMember;
import org.hemicycle.site.Text;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "forum_member")
public class ForumMemberEntity implements ForumMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long planId;

    @Enumerated(EnumType.STRING)
    private ForumSide side;

    private String name;
    private @Nullable String organization;
    private @Nullable String role;
    private @Nullable String appointedHow;
    private @Nullable LocalDate joinedOn;

    protected ForumMemberEntity() {
    }

    public ForumMemberEntity(Long planId, NewForumMember member) {
        this.planId = planId;
        this.side = member.side();
        this.name = Text.clean(member.name());
        this.organization = Text.clean(member.organization());
        this.role = Text.clean(member.role());
        this.appointedHow = Text.clean(member.appointedHow());
        this.joinedOn = member.joinedOn();
    }

    @Override public Long getId() { return id; }
    @Override public Long getPlanId() { return planId; }
    @Override public ForumSide getSide() { return side; }
    @Override public String getName() { return name; }
    @Override public @Nullable String getOrganization() { return organization; }
    @Override public @Nullable String getRole() { return role; }
    @Override public @Nullable String getAppointedHow() { return appointedHow; }
    @Override public @Nullable LocalDate getJoinedOn() { return joinedOn; }
}
