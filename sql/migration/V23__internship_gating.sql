-- Documents gate the INTERNSHIP stages by default (issue 13): the criteria the pipelines already
-- have are met from now on by the placement's records (internship/service, the evidence sources),
-- and the two the checklist adds to "placed" and "completed" are appended, met the same way.
-- An administrator changes the gating in the stage editor, as for any criterion bound to evidence.

UPDATE stage_criterion SET evidence_source = 'internship-host'
 WHERE evidence_source IS NULL AND name_en = 'Host company agreed'
   AND stage_id IN (SELECT s.id FROM stage s JOIN pipeline p ON p.id = s.pipeline_id
                     WHERE p.type = 'INTERNSHIP' AND s.code = 'matched');
UPDATE stage_criterion SET evidence_source = 'internship-agreement'
 WHERE evidence_source IS NULL AND name_en = 'Learning agreement signed'
   AND stage_id IN (SELECT s.id FROM stage s JOIN pipeline p ON p.id = s.pipeline_id
                     WHERE p.type = 'INTERNSHIP' AND s.code = 'placed');
UPDATE stage_criterion SET evidence_source = 'internship-visa'
 WHERE evidence_source IS NULL AND name_en = 'Visa obtained'
   AND stage_id IN (SELECT s.id FROM stage s JOIN pipeline p ON p.id = s.pipeline_id
                     WHERE p.type = 'INTERNSHIP' AND s.code = 'placed');
UPDATE stage_criterion SET evidence_source = 'internship-evaluation'
 WHERE evidence_source IS NULL AND name_en = 'Tutor evaluation received'
   AND stage_id IN (SELECT s.id FROM stage s JOIN pipeline p ON p.id = s.pipeline_id
                     WHERE p.type = 'INTERNSHIP' AND s.code = 'completed');

INSERT INTO stage_criterion (stage_id, position, name_en, name_fr, name_ar, name_it, retired, evidence_source)
SELECT s.id, 100, 'Insurance covers the dates', 'Assurance couvrant les dates', 'تأمين يغطّي المدّة',
       'Assicurazione che copre le date', FALSE, 'internship-insurance'
  FROM stage s JOIN pipeline p ON p.id = s.pipeline_id WHERE p.type = 'INTERNSHIP' AND s.code = 'placed';
INSERT INTO stage_criterion (stage_id, position, name_en, name_fr, name_ar, name_it, retired, evidence_source)
SELECT s.id, 100, 'Letter of arrival received', 'Lettre d’arrivée reçue', 'رسالة الوصول مستلمة',
       'Lettera di arrivo ricevuta', FALSE, 'internship-arrival'
  FROM stage s JOIN pipeline p ON p.id = s.pipeline_id WHERE p.type = 'INTERNSHIP' AND s.code = 'completed';
INSERT INTO stage_criterion (stage_id, position, name_en, name_fr, name_ar, name_it, retired, evidence_source)
SELECT s.id, 101, 'Certificate of completion received', 'Attestation de fin de stage reçue', 'شهادة إتمام التربص مستلمة',
       'Attestato di fine tirocinio ricevuto', FALSE, 'internship-certificate'
  FROM stage s JOIN pipeline p ON p.id = s.pipeline_id WHERE p.type = 'INTERNSHIP' AND s.code = 'completed';
