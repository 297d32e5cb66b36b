-- Who read or changed whose personal data: when, from which address, through which channel
-- (a page, the REST API, a download, an import, or the system itself), what. Entries are only
-- ever added: the application maps every column insert-only and has no path that updates or
-- deletes them; on MySQL a trigger refuses it too (sql/mysql), and production grants the
-- application's account only INSERT and SELECT on this table (see README).

-- 1. The trail. detail says what without personal values (the fields changed, a list's filter
--    and row count); the values before and after a change are sealed apart (step 2).
CREATE TABLE audit_entry (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    at           DATETIME(6)   NOT NULL,
    username     VARCHAR(64)   NOT NULL,
    address      VARCHAR(64)   NULL,
    channel      VARCHAR(16)   NOT NULL,
    action       VARCHAR(24)   NOT NULL,
    person_id    BIGINT        NULL,
    subject      VARCHAR(200)  NOT NULL,
    detail       VARCHAR(2000) NULL,
    sealed       VARBINARY(4000) NULL
);
CREATE INDEX ix_audit_person ON audit_entry (person_id, at);
CREATE INDEX ix_audit_user ON audit_entry (username, at);
CREATE INDEX ix_audit_at ON audit_entry (at);

-- 2. A key per person that seals the personal values an entry keeps (a field's value before and
--    after an edit). Erasing a person deletes the key: the entries stay as they were written,
--    saying who did what and when, and the values can no longer be read by anyone.
CREATE TABLE person_key (
    person_id BIGINT      NOT NULL PRIMARY KEY,
    secret    VARBINARY(32) NOT NULL,
    CONSTRAINT fk_person_key_person FOREIGN KEY (person_id) REFERENCES beneficiary (id)
);

-- 3. What administrators are told about: one account reading more profiles in an hour than the
--    threshold (masar.audit.unusualReads). Seen by an administrator, it leaves the list.
CREATE TABLE audit_alert (
    id       BIGINT AUTO_INCREMENT PRIMARY KEY,
    at       DATETIME(6)  NOT NULL,
    username VARCHAR(64)  NOT NULL,
    kind     VARCHAR(24)  NOT NULL,
    read_count INT        NOT NULL,
    seen_by  VARCHAR(64)  NULL,
    seen_at  DATETIME(6)  NULL,
    version  INT          NOT NULL DEFAULT 0
);
CREATE INDEX ix_alert_user ON audit_alert (username, at);
