-- Erasure at the person's request (GDPR art. 17, Tunisian law 2004-63): one person asks for it
-- (a case worker), another approves it (a manager), then the record is anonymised for ever. The
-- request keeps who and when, never what was erased; erased_at marks the record that remains,
-- which keeps what the counts need (sex, birth year, site, enrolments and their stages).
CREATE TABLE erasure_request (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    beneficiary_id BIGINT      NOT NULL,
    status         VARCHAR(16) NOT NULL,
    requested_by   VARCHAR(64) NOT NULL,
    requested_at   DATETIME(6) NOT NULL,
    decided_by     VARCHAR(64) NULL,
    decided_at     DATETIME(6) NULL,
    version        INT         NOT NULL DEFAULT 0,
    CONSTRAINT fk_erasure_beneficiary FOREIGN KEY (beneficiary_id) REFERENCES beneficiary (id),
    CONSTRAINT ck_erasure_status CHECK (status IN ('REQUESTED', 'ERASED', 'REFUSED'))
);
CREATE INDEX ix_erasure_beneficiary ON erasure_request (beneficiary_id, status);

ALTER TABLE beneficiary ADD COLUMN erased_at DATETIME(6) NULL;
