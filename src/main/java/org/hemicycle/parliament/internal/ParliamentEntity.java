package org.hemicycle.parliament.internal;

import jakarta.persistence.*;
import java.time.Instant;
import org.hemicycle.parliament.Parliament;
import org.hemicycle.parliament.ParliamentStructure;

@Entity(name = "Parliament")
@Table(name = "parliament")
public class ParliamentEntity implements Parliament {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String slug;
    private String name;
    private String country;
    private String countryCode;

    @Enumerated(EnumType.STRING)
    private ParliamentStructure structure;

    private boolean ogpParticipant;
    private Integer ogpMemberSince;
    private String website;
    private String contentLanguage;
    private String description;
    private Instant createdAt;

    protected ParliamentEntity() {
    }

    public ParliamentEntity(String slug, String name, String country, String countryCode, ParliamentStructure structure,
                      String contentLanguage) {
        this.slug = slug;
        this.name = name;
        this.country = country;
        this.countryCode = countryCode;
        this.structure = structure;
        this.contentLanguage = contentLanguage;
        this.createdAt = Instant.now();
    }

    public void joinOgp(int sinceYear) {
        this.ogpParticipant = true;
        this.ogpMemberSince = sinceYear;
    }

    public void describe(String description, String website) {
        this.description = description;
        this.website = website;
    }

    public Long getId() { return id; }
    public String getSlug() { return slug; }
    public String getName() { return name; }
    public String getCountry() { return country; }
    public String getCountryCode() { return countryCode; }
    public ParliamentStructure getStructure() { return structure; }
    public boolean isOgpParticipant() { return ogpParticipant; }
    public Integer getOgpMemberSince() { return ogpMemberSince; }
    public String getWebsite() { return website; }
    public String getContentLanguage() { return contentLanguage; }
    public String getDescription() { return description; }
    public Instant getCreatedAt() { return createdAt; }
}
