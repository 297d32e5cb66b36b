-- Sites form a tree: country > governorate/region > municipality.
-- `path` holds the codes from the root ("/TN/SFX/SFX-M/") so that "this site and everything under it"
-- is one indexed prefix search. Codes never change (they are part of beneficiary codes), so neither do paths.
CREATE TABLE site (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    code         VARCHAR(16)  NOT NULL,
    name         VARCHAR(120) NOT NULL,
    level        VARCHAR(16)  NOT NULL,
    country_code CHAR(2)      NOT NULL,
    parent_id    BIGINT       NULL,
    path         VARCHAR(255) NOT NULL,
    active       BOOLEAN      NOT NULL DEFAULT TRUE,
    version      INT          NOT NULL DEFAULT 0,
    CONSTRAINT uk_site_code UNIQUE (code),
    CONSTRAINT fk_site_parent FOREIGN KEY (parent_id) REFERENCES site (id)
);
CREATE INDEX ix_site_path ON site (path);

CREATE TABLE partner (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    name         VARCHAR(200) NOT NULL,
    type         VARCHAR(32)  NOT NULL,
    country_code CHAR(2)      NOT NULL,
    version      INT          NOT NULL DEFAULT 0,
    CONSTRAINT uk_partner_name UNIQUE (name)
);

-- Dates, donor and budget may be unknown when a programme is first recorded (NULL = not stated).
CREATE TABLE programme (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    code            VARCHAR(20)   NOT NULL,
    name            VARCHAR(200)  NOT NULL,
    donor           VARCHAR(200)  NULL,
    lead_partner_id BIGINT        NOT NULL,
    start_date      DATE          NULL,
    end_date        DATE          NULL,
    budget          DECIMAL(15,2) NULL,
    currency        CHAR(3)       NOT NULL,
    description     VARCHAR(4000) NULL,
    version         INT           NOT NULL DEFAULT 0,
    CONSTRAINT uk_programme_code UNIQUE (code),
    CONSTRAINT fk_programme_lead FOREIGN KEY (lead_partner_id) REFERENCES partner (id),
    CONSTRAINT ck_programme_dates CHECK (end_date >= start_date),
    CONSTRAINT ck_programme_budget CHECK (budget >= 0)
);

CREATE TABLE programme_partner (
    programme_id BIGINT NOT NULL,
    partner_id   BIGINT NOT NULL,
    PRIMARY KEY (programme_id, partner_id),
    CONSTRAINT fk_pp_programme FOREIGN KEY (programme_id) REFERENCES programme (id),
    CONSTRAINT fk_pp_partner FOREIGN KEY (partner_id) REFERENCES partner (id)
);

CREATE TABLE programme_site (
    programme_id BIGINT NOT NULL,
    site_id      BIGINT NOT NULL,
    PRIMARY KEY (programme_id, site_id),
    CONSTRAINT fk_ps_programme FOREIGN KEY (programme_id) REFERENCES programme (id),
    CONSTRAINT fk_ps_site FOREIGN KEY (site_id) REFERENCES site (id)
);
