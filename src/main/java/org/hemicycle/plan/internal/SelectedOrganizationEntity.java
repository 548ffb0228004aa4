package org.hemicycle.plan.internal;

import jakarta.persistence.*;
import org.hemicycle.plan.NewOrganization;
import org.hemicycle.plan.OrganizationSector;
import org.hemicycle.plan.SelectedOrganization;
import org.hemicycle.site.Text;

@Entity(name = "SelectedOrganization")
@Table(name = "selected_organization")
public class SelectedOrganizationEntity implements SelectedOrganization {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plan_id")
    private Long planId;

    private String name;

    @Enumerated(EnumType.STRING)
    private OrganizationSector sector;

    private String website;
    private boolean forumMember;
    private int position;

    protected SelectedOrganizationEntity() {
    }

    public SelectedOrganizationEntity(Long planId, NewOrganization organization, int position) {
        this.planId = planId;
        this.name = organization.name().strip();
        this.sector = organization.sector();
        this.website = Text.clean(organization.website());
        this.forumMember = organization.forumMember();
        this.position = position;
    }

    public Long getId() { return id; }
    public Long getPlanId() { return planId; }
    public String getName() { return name; }
    public OrganizationSector getSector() { return sector; }
    public String getWebsite() { return website; }
    public boolean isForumMember() { return forumMember; }
    public int getPosition() { return position; }
}
