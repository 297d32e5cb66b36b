-- Internships (issue 13): a placement joins an INTERNSHIP enrolment (the intern) to a host, with
-- its tutor, planned dates, city, and the sending and receiving sites whose coordinators work it.
-- The learning agreement's three parts live with it: before (programme, learning outcomes,
-- monitoring and evaluation plans, language level, the three signatures with their dates), during
-- (placement_change), after (the host's evaluation, the certificate); the outcome ends it.
-- The text columns stay under MySQL's 65,535-byte row (utf8mb4: four bytes a character).

-- 1. How many interns a host takes at once; matching leaves out a host at capacity.
ALTER TABLE host_organisation ADD COLUMN capacity INT NOT NULL DEFAULT 2;
ALTER TABLE host_organisation ADD CONSTRAINT ck_host_capacity CHECK (capacity BETWEEN 0 AND 100);

CREATE TABLE placement (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    enrolment_id       BIGINT        NOT NULL,
    host_id            BIGINT        NOT NULL,
    tutor_name         VARCHAR(120)  NULL,
    planned_start      DATE          NOT NULL,
    planned_end        DATE          NOT NULL,
    city               VARCHAR(120)  NOT NULL,
    sending_site_id    BIGINT        NOT NULL,
    receiving_site_id  BIGINT        NOT NULL,
    la_programme       VARCHAR(2000) NULL,
    la_outcomes        VARCHAR(2000) NULL,
    la_monitoring      VARCHAR(1000) NULL,
    la_evaluation      VARCHAR(1000) NULL,
    la_language        VARCHAR(2)    NULL,
    signed_intern      DATE          NULL,
    signed_host        DATE          NULL,
    signed_sending     DATE          NULL,
    after_evaluation   VARCHAR(2000) NULL,
    after_certificate  VARCHAR(120)  NULL,
    outcome            VARCHAR(24)   NULL,
    outcome_reason     VARCHAR(500)  NULL,
    ended_on           DATE          NULL,
    created_by         VARCHAR(64)   NOT NULL,
    created_at         DATETIME(6)   NOT NULL,
    version            INT           NOT NULL DEFAULT 0,
    -- One placement per enrolment: an interrupted internship placed again is a new enrolment.
    CONSTRAINT uk_placement_enrolment UNIQUE (enrolment_id),
    CONSTRAINT fk_placement_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id),
    CONSTRAINT fk_placement_host FOREIGN KEY (host_id) REFERENCES host_organisation (id),
    CONSTRAINT fk_placement_sending FOREIGN KEY (sending_site_id) REFERENCES site (id),
    CONSTRAINT fk_placement_receiving FOREIGN KEY (receiving_site_id) REFERENCES site (id),
    CONSTRAINT ck_placement_dates CHECK (planned_end > planned_start),
    CONSTRAINT ck_placement_outcome CHECK (outcome IS NULL OR outcome IN
        ('COMPLETED', 'INTERRUPTED', 'HIRED', 'BACK_HOME_EMPLOYED', 'BACK_HOME_STUDYING'))
);
-- The coordinator's list reads placements of either side, by end date; a host's page its own.
CREATE INDEX ix_placement_sending ON placement (sending_site_id, planned_end, id);
CREATE INDEX ix_placement_receiving ON placement (receiving_site_id, planned_end, id);
CREATE INDEX ix_placement_host ON placement (host_id, planned_start);

-- 2. The learning agreement's changes during the internship, in the order they were agreed.
CREATE TABLE placement_change (
    placement_id BIGINT        NOT NULL,
    position     INT           NOT NULL,
    changed_on   DATE          NOT NULL,
    description  VARCHAR(1000) NOT NULL,
    agreed_by    VARCHAR(200)  NOT NULL,
    recorded_by  VARCHAR(64)   NOT NULL,
    PRIMARY KEY (placement_id, position),
    CONSTRAINT fk_change_placement FOREIGN KEY (placement_id) REFERENCES placement (id)
);

-- 3. A scan as uploaded (PDF, JPEG or PNG, by content, at most 10 MB), in the database so that a
--    backup holds it. Read only by the download that checks who may see the placement.
CREATE TABLE document_scan (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    content_type VARCHAR(40)  NOT NULL,
    byte_count   INT          NOT NULL,
    file_name    VARCHAR(200) NOT NULL,
    content      LONGBLOB     NOT NULL,
    uploaded_by  VARCHAR(64)  NOT NULL,
    uploaded_at  DATETIME(6)  NOT NULL
);

-- 4. The documents checklist, one row per placement and kind: missing, received or verified, with
--    who and when, the details that gate the stages (a visa's and a policy's number and dates),
--    and the scan, if one was uploaded.
CREATE TABLE placement_document (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    placement_id BIGINT       NOT NULL,
    kind         VARCHAR(16)  NOT NULL,
    state        VARCHAR(16)  NOT NULL,
    doc_number   VARCHAR(60)  NULL,
    doc_type     VARCHAR(60)  NULL,
    valid_from   DATE         NULL,
    valid_to     DATE         NULL,
    received_by  VARCHAR(64)  NULL,
    received_at  DATETIME(6)  NULL,
    verified_by  VARCHAR(64)  NULL,
    verified_at  DATETIME(6)  NULL,
    scan_id      BIGINT       NULL,
    CONSTRAINT uk_document_kind UNIQUE (placement_id, kind),
    CONSTRAINT fk_document_placement FOREIGN KEY (placement_id) REFERENCES placement (id),
    CONSTRAINT fk_document_scan FOREIGN KEY (scan_id) REFERENCES document_scan (id),
    CONSTRAINT ck_document_state CHECK (state IN ('MISSING', 'RECEIVED', 'VERIFIED')),
    CONSTRAINT ck_document_valid CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_to >= valid_from)
);
CREATE INDEX ix_document_expiry ON placement_document (kind, valid_to);
