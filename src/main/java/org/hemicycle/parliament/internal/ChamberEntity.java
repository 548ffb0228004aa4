package org.hemicycle.parliament.internal;

import jakarta.persistence.*;
import org.hemicycle.parliament.Chamber;

@Entity(name = "Chamber")
@Table(name = "chamber")
public class ChamberEntity implements Chamber {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "parliament_id")
    private Long parliamentId;

    private String slug;
    private String name;
    private Integer seats;
    private int position;

    protected ChamberEntity() {
    }

    public ChamberEntity(Long parliamentId, String slug, String name, Integer seats, int position) {
        this.parliamentId = parliamentId;
        this.slug = slug;
        this.name = name;
        this.seats = seats;
        this.position = position;
    }

    public Long getId() { return id; }
    public Long getParliamentId() { return parliamentId; }
    public String getSlug() { return slug; }
    public String getName() { return name; }
    public Integer getSeats() { return seats; }
    public int getPosition() { return position; }
}
