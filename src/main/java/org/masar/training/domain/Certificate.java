package org.masar.training.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A participant's certificate of a course: issued once, never changed. Its code is ten characters
 * from an alphabet without look-alikes (no 0/O, 1/I/L), printed as two groups of five.
 */
@Entity
@Table(name = "course_certificate")
public class Certificate {

    static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "participant_id", updatable = false)
    private Participant participant;

    @Column(nullable = false, updatable = false, length = 16)
    private String code;

    @Column(name = "issued_on", nullable = false, updatable = false)
    private LocalDate issuedOn;

    @Column(name = "minutes_attended", nullable = false, updatable = false)
    private int minutesAttended;

    @Column(name = "issued_by", nullable = false, updatable = false, length = 64)
    private String issuedBy;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private LocalDateTime issuedAt;

    protected Certificate() {
    }

    public Certificate(Participant participant, LocalDate issuedOn, int minutesAttended, String issuedBy, LocalDateTime issuedAt) {
        this.participant = participant;
        this.code = newCode();
        this.issuedOn = issuedOn;
        this.minutesAttended = minutesAttended;
        this.issuedBy = issuedBy;
        this.issuedAt = issuedAt;
    }

    static String newCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.substring(0, 5) + "-" + code.substring(5);
    }

    /** A code as someone typed it — any case, spaces and dashes anywhere — in the form it is stored. */
    public static String normalise(String typed) {
        if (typed == null) {
            return "";
        }
        String plain = typed.toUpperCase(java.util.Locale.ROOT).replaceAll("[\\s\\-]", "");
        return plain.length() == 10 ? plain.substring(0, 5) + "-" + plain.substring(5) : plain;
    }

    public Long getId() {
        return id;
    }

    public Participant getParticipant() {
        return participant;
    }

    public String getCode() {
        return code;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public int getMinutesAttended() {
        return minutesAttended;
    }

    /** Hours attended, to the quarter hour below. */
    public double getHoursAttended() {
        return Math.floor(minutesAttended / 15.0) / 4.0;
    }

    public String getIssuedBy() {
        return issuedBy;
    }
}
