-- Pipelines are data: each programme has at most one pipeline of each type, whose stages an
-- administrator edits. Stages and criteria that history refers to are retired, never deleted.
CREATE TABLE pipeline (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    programme_id BIGINT      NOT NULL,
    type         VARCHAR(16) NOT NULL,
    min_age      INT         NULL,
    max_age      INT         NULL,
    version      INT         NOT NULL DEFAULT 0,
    CONSTRAINT uk_pipeline_type UNIQUE (programme_id, type),
    CONSTRAINT fk_pipeline_programme FOREIGN KEY (programme_id) REFERENCES programme (id),
    CONSTRAINT ck_pipeline_ages CHECK (max_age >= min_age)
);

-- Eligibility: a person must belong to at least one of these groups (none listed = anyone).
CREATE TABLE pipeline_group (
    pipeline_id BIGINT      NOT NULL,
    grp         VARCHAR(32) NOT NULL,
    PRIMARY KEY (pipeline_id, grp),
    CONSTRAINT fk_pg_pipeline FOREIGN KEY (pipeline_id) REFERENCES pipeline (id)
);

-- A stage's name in each language Masar speaks; English is required and stands in for a missing one.
CREATE TABLE stage (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    pipeline_id   BIGINT       NOT NULL,
    code          VARCHAR(32)  NOT NULL,
    position      INT          NOT NULL,
    name_en       VARCHAR(120) NOT NULL,
    name_fr       VARCHAR(120) NULL,
    name_ar       VARCHAR(120) NULL,
    name_it       VARCHAR(120) NULL,
    final_stage   BOOLEAN      NOT NULL DEFAULT FALSE,
    expected_days INT          NULL,
    retired       BOOLEAN      NOT NULL DEFAULT FALSE,
    version       INT          NOT NULL DEFAULT 0,
    CONSTRAINT uk_stage_code UNIQUE (pipeline_id, code),
    CONSTRAINT fk_stage_pipeline FOREIGN KEY (pipeline_id) REFERENCES pipeline (id),
    CONSTRAINT ck_stage_days CHECK (expected_days > 0)
);

-- Which stages may follow a stage. None listed = the next active stage in order.
CREATE TABLE stage_next (
    stage_id      BIGINT NOT NULL,
    next_stage_id BIGINT NOT NULL,
    PRIMARY KEY (stage_id, next_stage_id),
    CONSTRAINT fk_sn_stage FOREIGN KEY (stage_id) REFERENCES stage (id),
    CONSTRAINT fk_sn_next FOREIGN KEY (next_stage_id) REFERENCES stage (id)
);

-- The checklist to tick before a move into the stage.
CREATE TABLE stage_criterion (
    id       BIGINT AUTO_INCREMENT PRIMARY KEY,
    stage_id BIGINT       NOT NULL,
    position INT          NOT NULL,
    name_en  VARCHAR(120) NOT NULL,
    name_fr  VARCHAR(120) NULL,
    name_ar  VARCHAR(120) NULL,
    name_it  VARCHAR(120) NULL,
    retired  BOOLEAN      NOT NULL DEFAULT FALSE,
    CONSTRAINT fk_criterion_stage FOREIGN KEY (stage_id) REFERENCES stage (id)
);
CREATE INDEX ix_criterion_stage ON stage_criterion (stage_id, position);

-- A person's journey through one pipeline. status, current_stage_id and stage_since repeat the
-- last line of stage_transition so that boards and lists need no history scan; only the
-- enrolment's verbs write them, together with that line. active_pipeline_id is the pipeline
-- while ACTIVE and NULL otherwise: the unique key then allows one active enrolment per person
-- and pipeline and any number of closed ones.
CREATE TABLE enrolment (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    beneficiary_id     BIGINT      NOT NULL,
    pipeline_id        BIGINT      NOT NULL,
    cohort             VARCHAR(80) NULL,
    case_worker_id     BIGINT      NULL,
    start_date         DATE        NOT NULL,
    status             VARCHAR(16) NOT NULL,
    current_stage_id   BIGINT      NOT NULL,
    stage_since        DATETIME(6) NOT NULL,
    drop_reason        VARCHAR(16) NULL,
    active_pipeline_id BIGINT      NULL,
    created_at         DATETIME(6) NOT NULL,
    version            INT         NOT NULL DEFAULT 0,
    CONSTRAINT uk_enrolment_active UNIQUE (beneficiary_id, active_pipeline_id),
    CONSTRAINT fk_enrolment_beneficiary FOREIGN KEY (beneficiary_id) REFERENCES beneficiary (id),
    CONSTRAINT fk_enrolment_pipeline FOREIGN KEY (pipeline_id) REFERENCES pipeline (id),
    CONSTRAINT fk_enrolment_case_worker FOREIGN KEY (case_worker_id) REFERENCES app_user (id),
    CONSTRAINT fk_enrolment_stage FOREIGN KEY (current_stage_id) REFERENCES stage (id),
    CONSTRAINT ck_enrolment_status CHECK (status IN ('ACTIVE', 'COMPLETED', 'DROPPED'))
);
CREATE INDEX ix_enrolment_board ON enrolment (pipeline_id, current_stage_id, status);
CREATE INDEX ix_enrolment_case_worker ON enrolment (case_worker_id, status);
CREATE INDEX ix_enrolment_cohort ON enrolment (pipeline_id, cohort);

-- Every move of an enrolment: append-only, never updated or deleted.
CREATE TABLE stage_transition (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    enrolment_id    BIGINT        NOT NULL,
    action          VARCHAR(16)   NOT NULL,
    from_stage_id   BIGINT        NULL,
    to_stage_id     BIGINT        NOT NULL,
    status_after    VARCHAR(16)   NOT NULL,
    at              DATETIME(6)   NOT NULL,
    by_user         VARCHAR(64)   NOT NULL,
    note            VARCHAR(1000) NULL,
    reason_code     VARCHAR(16)   NULL,
    criteria        VARCHAR(400)  NULL,
    override_reason VARCHAR(1000) NULL,
    CONSTRAINT fk_transition_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id),
    CONSTRAINT fk_transition_from FOREIGN KEY (from_stage_id) REFERENCES stage (id),
    CONSTRAINT fk_transition_to FOREIGN KEY (to_stage_id) REFERENCES stage (id)
);
CREATE INDEX ix_transition_enrolment ON stage_transition (enrolment_id, id);
CREATE INDEX ix_transition_to ON stage_transition (to_stage_id, enrolment_id);

-- Case notes: editable by their author for a short while (edited_at), then frozen.
CREATE TABLE case_note (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    beneficiary_id BIGINT        NOT NULL,
    enrolment_id   BIGINT        NULL,
    author         VARCHAR(64)   NOT NULL,
    at             DATETIME(6)   NOT NULL,
    edited_at      DATETIME(6)   NULL,
    text           VARCHAR(4000) NOT NULL,
    version        INT           NOT NULL DEFAULT 0,
    CONSTRAINT fk_note_beneficiary FOREIGN KEY (beneficiary_id) REFERENCES beneficiary (id),
    CONSTRAINT fk_note_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id)
);
CREATE INDEX ix_note_beneficiary ON case_note (beneficiary_id, id);

CREATE TABLE follow_up (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    beneficiary_id BIGINT       NOT NULL,
    enrolment_id   BIGINT       NULL,
    title          VARCHAR(200) NOT NULL,
    due_date       DATE         NOT NULL,
    assignee_id    BIGINT       NOT NULL,
    created_by     VARCHAR(64)  NOT NULL,
    created_at     DATETIME(6)  NOT NULL,
    done_at        DATETIME(6)  NULL,
    done_by        VARCHAR(64)  NULL,
    version        INT          NOT NULL DEFAULT 0,
    CONSTRAINT fk_follow_up_beneficiary FOREIGN KEY (beneficiary_id) REFERENCES beneficiary (id),
    CONSTRAINT fk_follow_up_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id),
    CONSTRAINT fk_follow_up_assignee FOREIGN KEY (assignee_id) REFERENCES app_user (id)
);
CREATE INDEX ix_follow_up_assignee ON follow_up (assignee_id, done_at, due_date);
CREATE INDEX ix_follow_up_beneficiary ON follow_up (beneficiary_id);
