-- A certificate of a course, issued to a participant who met its rule when the trainer completed
-- them. The code is what the holder shows; with the holder's birth year it confirms, without
-- signing in, the course, the hours attended and the date — nothing else. Hours are kept as
-- issued (minutes of the sessions attended), so that a later correction of a mark does not
-- change a certificate already handed out.
CREATE TABLE course_certificate (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    participant_id   BIGINT      NOT NULL,
    code             VARCHAR(16) NOT NULL,
    issued_on        DATE        NOT NULL,
    minutes_attended INT         NOT NULL,
    issued_by        VARCHAR(64) NOT NULL,
    issued_at        DATETIME(6) NOT NULL,
    CONSTRAINT uk_certificate_participant UNIQUE (participant_id),
    CONSTRAINT uk_certificate_code UNIQUE (code),
    CONSTRAINT fk_certificate_participant FOREIGN KEY (participant_id) REFERENCES course_participant (id),
    CONSTRAINT ck_certificate_minutes CHECK (minutes_attended >= 0)
);
