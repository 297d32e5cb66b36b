-- The person's site and taking part, copied on each of their enrolments (issue 11), so that a board
-- column, a stage's list and a caseload are scoped on the enrolments' own index without reading a
-- person's row per card: a Sfax case worker's whole board read, per column, the enrolments of every
-- site and each one's person (420 ms at a million people). Set at enrolment; the pipeline module
-- writes them again whenever the registry changes a person (edit, consent, merge). The person's row
-- stays the record; these are a copy for finding.
ALTER TABLE enrolment ADD COLUMN site_id BIGINT NOT NULL DEFAULT 0;
ALTER TABLE enrolment ADD COLUMN taking_part BOOLEAN NOT NULL DEFAULT TRUE;

UPDATE enrolment
SET site_id     = (SELECT b.site_id FROM beneficiary b WHERE b.id = enrolment.beneficiary_id),
    taking_part = (SELECT b.taking_part FROM beneficiary b WHERE b.id = enrolment.beneficiary_id);

-- A column (a stage's active or completed cards, longest waiting first, then by id) and the dropped
-- column walk these in their order, the scope and the merge check read from the entries without
-- the rows, and stop at the page or the count's cap. They replace the shorter indexes they begin with.
CREATE INDEX ix_enrolment_column_scoped
    ON enrolment (pipeline_id, current_stage_id, status, stage_since, id, site_id, taking_part, drop_reason);
CREATE INDEX ix_enrolment_status_scoped
    ON enrolment (pipeline_id, status, stage_since, id, site_id, taking_part, drop_reason);
DROP INDEX ix_enrolment_board ON enrolment;
DROP INDEX ix_enrolment_column ON enrolment;
DROP INDEX ix_enrolment_status ON enrolment;
