-- The registry of people. Age and age band are derived from birth_date, never stored.
CREATE TABLE beneficiary (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    code              VARCHAR(20)  NOT NULL,
    first_name        VARCHAR(80)  NOT NULL,
    last_name         VARCHAR(80)  NOT NULL,
    arabic_name       VARCHAR(160) NULL,
    sex               CHAR(1)      NOT NULL,
    birth_date        DATE         NOT NULL,
    nationality       CHAR(2)      NOT NULL,
    residence_country CHAR(2)      NOT NULL,
    site_id           BIGINT       NOT NULL,
    phone             VARCHAR(16)  NULL,
    email             VARCHAR(160) NULL,
    document_type     VARCHAR(20)  NOT NULL,
    document_number   VARCHAR(40)  NULL,
    education_level   VARCHAR(20)  NOT NULL,
    employment_status VARCHAR(20)  NOT NULL,
    disability        BOOLEAN      NOT NULL DEFAULT FALSE,
    merged_into_id    BIGINT       NULL,
    created_at        DATETIME(6)  NOT NULL,
    created_by        VARCHAR(64)  NOT NULL,
    updated_at        DATETIME(6)  NOT NULL,
    version           INT          NOT NULL DEFAULT 0,
    CONSTRAINT uk_beneficiary_code UNIQUE (code),
    CONSTRAINT uk_beneficiary_document UNIQUE (document_type, document_number),
    CONSTRAINT fk_beneficiary_site FOREIGN KEY (site_id) REFERENCES site (id),
    CONSTRAINT fk_beneficiary_merged FOREIGN KEY (merged_into_id) REFERENCES beneficiary (id),
    CONSTRAINT ck_beneficiary_sex CHECK (sex IN ('F', 'M'))
);
-- Lists always filter by scope (site) and hide merged records, then sort by name and id: the
-- first index, kept narrow, answers counts; the second (with the id InnoDB appends) reads a
-- page in order.
CREATE INDEX ix_beneficiary_scope ON beneficiary (site_id, merged_into_id);
CREATE INDEX ix_beneficiary_sorted ON beneficiary (last_name, first_name);
CREATE INDEX ix_beneficiary_phone ON beneficiary (phone);
CREATE INDEX ix_beneficiary_document ON beneficiary (document_number);
CREATE INDEX ix_beneficiary_birth ON beneficiary (birth_date);
CREATE INDEX ix_beneficiary_site_sex_birth ON beneficiary (site_id, sex, birth_date);

-- Name search: every word of a person's names, lower-case without accents, and its
-- transliteration skeleton marked with '~' (see NameMatcher), so "Tra" finds Trabelsi and
-- "Mhamed" finds Mohamed through one index.
CREATE TABLE beneficiary_name_token (
    beneficiary_id BIGINT      NOT NULL,
    token          VARCHAR(80) NOT NULL,
    PRIMARY KEY (token, beneficiary_id),
    CONSTRAINT fk_token_beneficiary FOREIGN KEY (beneficiary_id) REFERENCES beneficiary (id)
);
CREATE INDEX ix_token_beneficiary ON beneficiary_name_token (beneficiary_id);

CREATE TABLE beneficiary_group (
    beneficiary_id BIGINT      NOT NULL,
    grp            VARCHAR(32) NOT NULL,
    PRIMARY KEY (beneficiary_id, grp),
    CONSTRAINT fk_bg_beneficiary FOREIGN KEY (beneficiary_id) REFERENCES beneficiary (id)
);
CREATE INDEX ix_beneficiary_group_grp ON beneficiary_group (grp, beneficiary_id);

-- Consent per purpose. Withdrawal closes the row (withdrawn_on); nothing is deleted.
CREATE TABLE consent (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    beneficiary_id BIGINT      NOT NULL,
    purpose        VARCHAR(32) NOT NULL,
    given_on       DATE        NOT NULL,
    withdrawn_on   DATE        NULL,
    recorded_by    VARCHAR(64) NOT NULL,
    CONSTRAINT fk_consent_beneficiary FOREIGN KEY (beneficiary_id) REFERENCES beneficiary (id)
);
CREATE INDEX ix_consent_purpose ON consent (purpose, withdrawn_on, beneficiary_id);
CREATE INDEX ix_consent_beneficiary ON consent (beneficiary_id);

-- The beneficiary's timeline and audit trail: registration, edits, consent changes, duplicate
-- overrides, merges. Append-only.
CREATE TABLE beneficiary_event (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    beneficiary_id BIGINT        NOT NULL,
    kind           VARCHAR(32)   NOT NULL,
    at             DATETIME(6)   NOT NULL,
    by_user        VARCHAR(64)   NOT NULL,
    detail         VARCHAR(1000) NULL,
    CONSTRAINT fk_event_beneficiary FOREIGN KEY (beneficiary_id) REFERENCES beneficiary (id)
);
CREATE INDEX ix_event_beneficiary ON beneficiary_event (beneficiary_id, id);

-- Next number of each code prefix (country-site), taken under a row lock.
CREATE TABLE code_sequence (
    prefix     VARCHAR(20) NOT NULL PRIMARY KEY,
    next_value BIGINT      NOT NULL
);
