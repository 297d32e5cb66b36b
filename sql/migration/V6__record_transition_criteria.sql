-- The entry criteria a move met, by the criterion's identity: history then reads in every
-- language, and criteria that records will meet (attendance, an approved plan, a verified visa)
-- can say so. Until now a move kept the English names of the criteria ticked in
-- stage_transition.criteria ("A; B"), and appended those a manager overrode to the reason
-- ("reason [A; B]"). The names become rows below; the column criteria stays as it was written,
-- for names that match no criterion any more; nothing writes it from now on.

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
--    of the names kept with the move (matched whole, between the "; " separators). Of two
--    criteria of a stage with the same name (one retired, one added for it), the first is meant.
INSERT INTO stage_transition_criterion (transition_id, criterion_id, outcome)
SELECT t.id, c.id, 'TICKED'
FROM stage_transition t
JOIN stage_criterion c ON c.stage_id = t.to_stage_id
WHERE t.criteria IS NOT NULL
  AND LOCATE(CONCAT('; ', c.name_en, '; '), CONCAT('; ', t.criteria, '; ')) > 0
  AND c.id = (SELECT MIN(d.id) FROM stage_criterion d WHERE d.stage_id = c.stage_id AND d.name_en = c.name_en);

-- 3. ...and it was overridden when its name is in the bracketed list after an override reason.
--    The reason itself may hold brackets too: every " [" and "]" is read as a separator.
INSERT INTO stage_transition_criterion (transition_id, criterion_id, outcome)
SELECT t.id, c.id, 'OVERRIDDEN'
FROM stage_transition t
JOIN stage_criterion c ON c.stage_id = t.to_stage_id
WHERE t.override_reason IS NOT NULL
  AND LOCATE(CONCAT('; ', c.name_en, '; '),
             CONCAT('; ', REPLACE(REPLACE(t.override_reason, ' [', '; '), ']', '; '))) > 0
  AND c.id = (SELECT MIN(d.id) FROM stage_criterion d WHERE d.stage_id = c.stage_id AND d.name_en = c.name_en)
  AND NOT EXISTS (SELECT 1 FROM stage_transition_criterion x WHERE x.transition_id = t.id AND x.criterion_id = c.id);

-- 4. The reason of an overridden move is kept as the manager wrote it: the list appended to it,
--    " [A; B]" in checklist order, is removed where it is exactly the overridden criteria just
--    recorded (a list that does not match stays, and so says what it said).
UPDATE stage_transition
SET override_reason = SUBSTRING(override_reason, 1, CHAR_LENGTH(override_reason) - CHAR_LENGTH(
        (SELECT CONCAT(' [', GROUP_CONCAT(c.name_en ORDER BY c.position, c.id SEPARATOR '; '), ']')
         FROM stage_transition_criterion x JOIN stage_criterion c ON c.id = x.criterion_id
         WHERE x.transition_id = stage_transition.id AND x.outcome = 'OVERRIDDEN')))
WHERE override_reason IS NOT NULL
  AND RIGHT(override_reason, CHAR_LENGTH(
        (SELECT CONCAT(' [', GROUP_CONCAT(c.name_en ORDER BY c.position, c.id SEPARATOR '; '), ']')
         FROM stage_transition_criterion x JOIN stage_criterion c ON c.id = x.criterion_id
         WHERE x.transition_id = stage_transition.id AND x.outcome = 'OVERRIDDEN')))
    = (SELECT CONCAT(' [', GROUP_CONCAT(c.name_en ORDER BY c.position, c.id SEPARATOR '; '), ']')
       FROM stage_transition_criterion x JOIN stage_criterion c ON c.id = x.criterion_id
       WHERE x.transition_id = stage_transition.id AND x.outcome = 'OVERRIDDEN');

CREATE INDEX ix_tc_criterion ON stage_transition_criterion (criterion_id);
