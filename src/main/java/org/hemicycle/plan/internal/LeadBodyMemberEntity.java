package org.hemicycle.plan.internal;

import jakarta.persistence.*;
import org.hemicycle.plan.LeadBodyMember;
import org.hemicycle.plan.NewMember;
import org.hemicycle.site.Text;

@Entity(name = "LeadBodyMember")
@Table(name = "lead_body_member")
public class LeadBodyMemberEntity implements LeadBodyMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plan_id")
    private Long planId;

    private String name;
    private String party;
    private String role;
    private int position;

    protected LeadBodyMemberEntity() {
    }

    public LeadBodyMemberEntity(Long planId, NewMember member, int position) {
        this.planId = planId;
        this.name = member.memberName().strip();
        this.party = Text.clean(member.party());
        this.role = Text.clean(member.role());
        this.position = position;
    }

    public Long getId() { return id; }
    public Long getPlanId() { return planId; }
    public String getName() { return name; }
    public String getParty() { return party; }
    public String getRole() { return role; }
    public int getPosition() { return position; }
}
