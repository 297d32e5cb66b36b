-- Internships: the host organisations (MENTOR 2's companies in Milan and Turin, and any other).
-- A host is not personal data of the people Masar follows: its contact and tutors are work
-- contacts. name_key is the name without accents, case, punctuation, spaces or legal form
-- (internship/domain/HostNames), registration_key the registration or VAT number's letters and
-- digits without a country prefix: both find likely duplicates when a host is recorded, and
-- duplicate_reason keeps why one was recorded all the same.
CREATE TABLE host_organisation (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    name                VARCHAR(200)  NOT NULL,
    name_key            VARCHAR(200)  NOT NULL,
    country             CHAR(2)       NOT NULL,
    city                VARCHAR(120)  NOT NULL,
    sector              VARCHAR(32)   NOT NULL,
    size_band           VARCHAR(16)   NOT NULL,
    address             VARCHAR(300)  NULL,
    contact_person      VARCHAR(120)  NULL,
    phone               VARCHAR(20)   NULL,
    email               VARCHAR(160)  NULL,
    registration_number VARCHAR(40)   NULL,
    registration_key    VARCHAR(40)   NULL,
    notes               VARCHAR(2000) NULL,
    active              BOOLEAN       NOT NULL DEFAULT TRUE,
    duplicate_reason    VARCHAR(500)  NULL,
    created_by          VARCHAR(64)   NOT NULL,
    created_at          DATETIME(6)   NOT NULL,
    version             INT           NOT NULL DEFAULT 0
);
-- The list's order (name, id) and its filters; a name typed is looked for anywhere in the key
-- (a scan of the keys, a few milliseconds at 10,000 hosts: README, HostSearchBenchmark).
CREATE INDEX ix_host_name ON host_organisation (name_key, id);
CREATE INDEX ix_host_place ON host_organisation (country, city, name_key, id);
CREATE INDEX ix_host_sector ON host_organisation (sector, name_key, id);
CREATE INDEX ix_host_registration ON host_organisation (registration_key);

-- A host's tutors, in the order the host gives them; languages as two-letter codes, comma-separated.
CREATE TABLE host_tutor (
    host_id   BIGINT       NOT NULL,
    position  INT          NOT NULL,
    name      VARCHAR(120) NOT NULL,
    role      VARCHAR(120) NULL,
    email     VARCHAR(160) NULL,
    languages VARCHAR(60)  NULL,
    PRIMARY KEY (host_id, position),
    CONSTRAINT fk_tutor_host FOREIGN KEY (host_id) REFERENCES host_organisation (id)
);
