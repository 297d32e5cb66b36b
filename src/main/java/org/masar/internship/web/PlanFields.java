package org.masar.internship.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.masar.internship.domain.Host;
import org.masar.internship.domain.Placement;
import org.masar.internship.domain.Tutor;

/** A placement's plan as typed — host, tutor, planned dates, city, receiving site — for the match and the placement pages. */
public class PlanFields implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long hostId;
    private String hostName;
    private String hostCountry;
    private List<String> tutors = List.of();
    private String tutorName;
    private LocalDate plannedStart;
    private LocalDate plannedEnd;
    private String city;
    private Long receivingSite;

    /** A plan with {@code host}: its city, its first tutor. */
    void start(Host host) {
        hostId = host.getId();
        hostName = host.getName();
        hostCountry = host.getCountry();
        tutors = host.getTutors().stream().map(Tutor::getName).toList();
        tutorName = tutors.isEmpty() ? null : tutors.get(0);
        city = host.getCity();
        plannedStart = plannedEnd = null;
        receivingSite = null;
    }

    /** The plan of a placement as it is. */
    void of(Placement p) {
        start(p.getHost());
        tutorName = p.getTutorName();
        plannedStart = p.getPlannedStart();
        plannedEnd = p.getPlannedEnd();
        city = p.getCity();
        receivingSite = p.getReceivingSite().getId();
    }

    void clear() {
        hostId = null;
    }

    Placement.Plan plan() {
        return new Placement.Plan(tutorName, plannedStart, plannedEnd, city);
    }

    public boolean isChosen() {
        return hostId != null;
    }

    public Long getHostId() {
        return hostId;
    }

    public String getHostName() {
        return hostName;
    }

    public String getHostCountry() {
        return hostCountry;
    }

    public List<String> getTutors() {
        return tutors;
    }

    public String getTutorName() {
        return tutorName;
    }

    public void setTutorName(String tutorName) {
        this.tutorName = tutorName;
    }

    public LocalDate getPlannedStart() {
        return plannedStart;
    }

    public void setPlannedStart(LocalDate plannedStart) {
        this.plannedStart = plannedStart;
    }

    public LocalDate getPlannedEnd() {
        return plannedEnd;
    }

    public void setPlannedEnd(LocalDate plannedEnd) {
        this.plannedEnd = plannedEnd;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public Long getReceivingSite() {
        return receivingSite;
    }

    public void setReceivingSite(Long receivingSite) {
        this.receivingSite = receivingSite;
    }
}
