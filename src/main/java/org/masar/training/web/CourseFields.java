package org.masar.training.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.masar.training.domain.Topic;
import org.masar.training.service.CourseForm;

/** The fields of the "plan a course" form, as typed; checked by the service, each refusal shown next to its field. */
public class CourseFields implements Serializable {

    private static final long serialVersionUID = 1L;

    private String programme;
    private String site;
    private String title;
    private Topic topic;
    private boolean trainingOfTrainers;
    private String language;
    private Integer plannedHours;
    private LocalDate startDate;
    private LocalDate endDate;
    private Integer capacity;
    private Integer minAttendance = 80;
    private List<String> trainers = new ArrayList<>();

    CourseForm toForm() {
        return new CourseForm(programme, site, title, topic, trainingOfTrainers, language, plannedHours, startDate, endDate,
                capacity, minAttendance, false, null, trainers);
    }

    public String getProgramme() {
        return programme;
    }

    public void setProgramme(String programme) {
        this.programme = programme;
    }

    public String getSite() {
        return site;
    }

    public void setSite(String site) {
        this.site = site;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Topic getTopic() {
        return topic;
    }

    public void setTopic(Topic topic) {
        this.topic = topic;
    }

    public boolean isTrainingOfTrainers() {
        return trainingOfTrainers;
    }

    public void setTrainingOfTrainers(boolean trainingOfTrainers) {
        this.trainingOfTrainers = trainingOfTrainers;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public Integer getPlannedHours() {
        return plannedHours;
    }

    public void setPlannedHours(Integer plannedHours) {
        this.plannedHours = plannedHours;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public Integer getMinAttendance() {
        return minAttendance;
    }

    public void setMinAttendance(Integer minAttendance) {
        this.minAttendance = minAttendance;
    }

    public List<String> getTrainers() {
        return trainers;
    }

    public void setTrainers(List<String> trainers) {
        this.trainers = trainers == null ? new ArrayList<>() : new ArrayList<>(trainers);
    }
}
