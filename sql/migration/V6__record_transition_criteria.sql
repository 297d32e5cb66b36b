-- The entry criteria a move met, by the criterion's identity: history then reads in every
-- language, and criteria that records will meet (attendance, an approved plan, a verified visa)
-- can say so. Until now a move kept the English names of the criteria ticked in
-- stage_transition.criteria ("A; B"), and the criteria a manager overrode at the end of the
-- reason ("reason [A; B]"). Those texts stay as they were written; nothing writes them any more.

-- 1. One line per criterion of the stage entered that a move checked, and how it was met:
--    TICKED by the person moving, or OVERRIDDEN by a manager with the move's written reason.
CREATE TABLE stage_transition_criterion (
    transition_id BIGINT      NOT NULL,
    criterion_id  BIGINT      NOT NULL,
    outcome       VARCHAR(16) NOT NULL,
    PRIMARY KEY (transition_id, criterion_id),
    CONSTRAINT fk_tc_transition FOREIGN KEY (transition_id) REFERENCES stage_transition (id),
    CONSTRAINT fk_tc_criterion FOREIGN KEY (criterion_id) REFERENCES stage_criterion (id),
    CONSTRAINT ck_tc_outcome CHECK (outcome IN ('TICKED', 'OVERRIDDEN'))
);

-- 2. Moves made before: a criterion of the stage entered was ticked when its English name is one
--    of the names kept with the move (matched whole, between the "; " separators).
INSERT INTO stage_transition_criterion (transition_id, criterion_id, outcome)
SELECT t.id, c.id, 'TICKED'
FROM stage_transition t
JOIN stage_criterion c ON c.stage_id = t.to_stage_id
WHERE t.criteria IS NOT NULL
  AND LOCATE(CONCAT('; ', c.name_en, '; '), CONCAT('; ', t.criteria, '; ')) > 0;

-- 3. ...and it was overridden when its name is in the bracketed list after an override reason.
--    The reason itself may hold brackets too: every " [" and "]" is read as a separator.
INSERT INTO stage_transition_criterion (transition_id, criterion_id, outcome)
SELECT t.id, c.id, 'OVERRIDDEN'
FROM stage_transition t
JOIN stage_criterion c ON c.stage_id = t.to_stage_id
WHERE t.override_reason IS NOT NULL
  AND LOCATE(CONCAT('; ', c.name_en, '; '),
             CONCAT('; ', REPLACE(REPLACE(t.override_reason, ' [', '; '), ']', '; '))) > 0
  AND NOT EXISTS (SELECT 1 FROM stage_transition_criterion x WHERE x.transition_id = t.id AND x.criterion_id = c.id);

CREATE INDEX ix_tc_criterion ON stage_transition_criterion (criterion_id);
