-- Entry criteria met by a record rather than by a tick (issue 12): a criterion bound to an
-- evidence source ("training.attendance": the attendance rule met for a course of the programme)
-- is met when that source finds a record that meets it. The history keeps, with each criterion a
-- move checked, the evidence as it stood then: the record and the summary as a message key and
-- its arguments, so that it reads in every language and stays what it was when the record changes.

-- 1. The source that meets a criterion; NULL: ticked by hand, as every criterion so far.
ALTER TABLE stage_criterion ADD COLUMN evidence_source VARCHAR(64) NULL;

-- 2. The evidence a move found for a criterion: met (outcome EVIDENCE), or short of it when a
--    manager overrode it (outcome OVERRIDDEN). NULL for criteria ticked by hand and earlier moves.
ALTER TABLE stage_transition_criterion ADD COLUMN evidence_kind VARCHAR(32) NULL;
ALTER TABLE stage_transition_criterion ADD COLUMN evidence_id BIGINT NULL;
ALTER TABLE stage_transition_criterion ADD COLUMN evidence_summary VARCHAR(120) NULL;
ALTER TABLE stage_transition_criterion ADD COLUMN evidence_arguments VARCHAR(400) NULL;

-- 3. A third way a criterion is met, EVIDENCE, which always keeps its summary.
ALTER TABLE stage_transition_criterion DROP CONSTRAINT ck_tc_outcome;
ALTER TABLE stage_transition_criterion ADD CONSTRAINT ck_tc_outcome
    CHECK (outcome IN ('TICKED', 'EVIDENCE', 'OVERRIDDEN'));
ALTER TABLE stage_transition_criterion ADD CONSTRAINT ck_tc_evidence
    CHECK (outcome <> 'EVIDENCE' OR evidence_summary IS NOT NULL);
