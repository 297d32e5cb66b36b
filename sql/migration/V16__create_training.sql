-- Training: courses of a programme, their participants (TRAINING enrolments of that programme),
-- sessions and the attendance taken at each. Rates and the completion rule are worked out from
-- these rows (training/domain/CompletionRule); nothing here stores a rate.

-- 1. A course at one site of its programme. The completion rule is the minimum attendance in
--    percent and, when assessed, the pass mark of the assessment (both 0 to 100).
CREATE TABLE course (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    programme_id        BIGINT       NOT NULL,
    site_id             BIGINT       NOT NULL,
    title               VARCHAR(200) NOT NULL,
    topic               VARCHAR(32)  NOT NULL,
    training_of_trainers BOOLEAN     NOT NULL DEFAULT FALSE,
    language            VARCHAR(8)   NOT NULL,
    planned_hours       INT          NOT NULL,
    start_date          DATE         NOT NULL,
    end_date            DATE         NOT NULL,
    capacity            INT          NOT NULL,
    min_attendance      INT          NOT NULL,
    assessed            BOOLEAN      NOT NULL DEFAULT FALSE,
    pass_mark           INT          NULL,
    version             INT          NOT NULL DEFAULT 0,
    CONSTRAINT fk_course_programme FOREIGN KEY (programme_id) REFERENCES programme (id),
    CONSTRAINT fk_course_site FOREIGN KEY (site_id) REFERENCES site (id),
    CONSTRAINT ck_course_dates CHECK (end_date >= start_date),
    CONSTRAINT ck_course_hours CHECK (planned_hours > 0),
    CONSTRAINT ck_course_capacity CHECK (capacity > 0),
    CONSTRAINT ck_course_attendance CHECK (min_attendance BETWEEN 0 AND 100),
    CONSTRAINT ck_course_pass_mark CHECK (pass_mark BETWEEN 0 AND 100)
);
CREATE INDEX ix_course_programme ON course (programme_id, start_date);
CREATE INDEX ix_course_site ON course (site_id, start_date);

-- 2. The course's trainers: accounts with the TRAINER role (the service checks the role).
CREATE TABLE course_trainer (
    course_id BIGINT NOT NULL,
    user_id   BIGINT NOT NULL,
    PRIMARY KEY (course_id, user_id),
    CONSTRAINT fk_ct_course FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT fk_ct_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);
CREATE INDEX ix_course_trainer_user ON course_trainer (user_id, course_id);

-- 3. A participant is an enrolment of the programme's TRAINING pipeline, once per course. The
--    score is the assessment's (0 to 100), when the rule has one.
CREATE TABLE course_participant (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    course_id    BIGINT      NOT NULL,
    enrolment_id BIGINT      NOT NULL,
    joined_on    DATE        NOT NULL,
    added_by     VARCHAR(64) NOT NULL,
    added_at     DATETIME(6) NOT NULL,
    score        INT         NULL,
    version      INT         NOT NULL DEFAULT 0,
    CONSTRAINT uk_participant UNIQUE (course_id, enrolment_id),
    CONSTRAINT fk_participant_course FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT fk_participant_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id),
    CONSTRAINT ck_participant_score CHECK (score BETWEEN 0 AND 100)
);
CREATE INDEX ix_participant_enrolment ON course_participant (enrolment_id);

-- 4. A session of a course. taken_at is set when its attendance is first saved: from then on it
--    counts as held. grid_saves counts saves of its grid, so that every save moves the version
--    that the next save of the grid must quote.
CREATE TABLE course_session (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    course_id    BIGINT       NOT NULL,
    session_date DATE         NOT NULL,
    start_time   TIME         NOT NULL,
    end_time     TIME         NOT NULL,
    place        VARCHAR(200) NULL,
    trainer_id   BIGINT       NULL,
    taken_at     DATETIME(6)  NULL,
    taken_by     VARCHAR(64)  NULL,
    grid_saves   INT          NOT NULL DEFAULT 0,
    version      INT          NOT NULL DEFAULT 0,
    CONSTRAINT fk_session_course FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT fk_session_trainer FOREIGN KEY (trainer_id) REFERENCES app_user (id),
    CONSTRAINT ck_session_times CHECK (end_time > start_time)
);
CREATE INDEX ix_session_course ON course_session (course_id, session_date, start_time);

-- 5. One mark per session and participant.
CREATE TABLE attendance_mark (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    session_id     BIGINT      NOT NULL,
    participant_id BIGINT      NOT NULL,
    mark           VARCHAR(8)  NOT NULL,
    CONSTRAINT uk_attendance_mark UNIQUE (session_id, participant_id),
    CONSTRAINT fk_mark_session FOREIGN KEY (session_id) REFERENCES course_session (id),
    CONSTRAINT fk_mark_participant FOREIGN KEY (participant_id) REFERENCES course_participant (id),
    CONSTRAINT ck_mark CHECK (mark IN ('PRESENT', 'LATE', 'EXCUSED', 'ABSENT'))
);
CREATE INDEX ix_mark_participant ON attendance_mark (participant_id);
