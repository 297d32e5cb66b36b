-- Whether a person takes part (consent to participation given and not withdrawn), kept on the
-- person's row. Every list, board and caseload of a case worker leaves out people who withdrew; as
-- a subquery on consent that condition made MariaDB read a consent row per person listed, or all
-- consents first (issue 11: 37 ms for a Sfax case worker's first page at a million people). The
-- domain sets it again at each change of consents; consent stays the record of what was given.
ALTER TABLE beneficiary ADD COLUMN taking_part BOOLEAN NOT NULL DEFAULT TRUE;

UPDATE beneficiary
SET taking_part = EXISTS (SELECT 1 FROM consent c
                          WHERE c.beneficiary_id = beneficiary.id
                            AND c.purpose = 'PARTICIPATION'
                            AND c.withdrawn_on IS NULL);

-- A case worker's list: the scope, merged records and those who withdrew, read from one index
-- without touching the rows (the capped count of a Sfax list reads 1,001 index entries).
CREATE INDEX ix_beneficiary_shown ON beneficiary (site_id, merged_into_id, taking_part);

-- A board column (a stage's active or completed cards, longest waiting first) and the dropped
-- column (a pipeline's dropped, by date) walk these in their order and stop at the page.
CREATE INDEX ix_enrolment_column ON enrolment (pipeline_id, current_stage_id, status, stage_since);
CREATE INDEX ix_enrolment_status ON enrolment (pipeline_id, status, stage_since);
