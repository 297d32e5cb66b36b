-- Name search at a million people (issue 11): each name-search word carries what the list needs to
-- find, scope and sort its people without reading the person's row — the person's site, whether
-- they still take part, and the list's sort key (last name, first name). Each word that the typed
-- word starts ("trabelsi" for "Tra") is then walked in the list's order on the index below, its
-- entries checked for scope, and the walk stops at the page; before, the search read every
-- matching person's row and sorted them (81 ms for "Tra" at a million). The domain writes the
-- words again whenever one of these changes; merged and erased records have none.
ALTER TABLE beneficiary_name_token ADD COLUMN site_id BIGINT NOT NULL DEFAULT 0;
ALTER TABLE beneficiary_name_token ADD COLUMN taking_part BOOLEAN NOT NULL DEFAULT TRUE;
ALTER TABLE beneficiary_name_token ADD COLUMN last_name VARCHAR(80) NOT NULL DEFAULT '';
ALTER TABLE beneficiary_name_token ADD COLUMN first_name VARCHAR(80) NOT NULL DEFAULT '';

DELETE FROM beneficiary_name_token
WHERE beneficiary_id IN (SELECT b.id FROM beneficiary b WHERE b.merged_into_id IS NOT NULL);

UPDATE beneficiary_name_token
SET site_id     = (SELECT b.site_id FROM beneficiary b WHERE b.id = beneficiary_name_token.beneficiary_id),
    taking_part = (SELECT b.taking_part FROM beneficiary b WHERE b.id = beneficiary_name_token.beneficiary_id),
    last_name   = (SELECT b.last_name FROM beneficiary b WHERE b.id = beneficiary_name_token.beneficiary_id),
    first_name  = (SELECT b.first_name FROM beneficiary b WHERE b.id = beneficiary_name_token.beneficiary_id);

-- One word's people in the list's order, with their scope on the entries themselves.
CREATE INDEX ix_token_listed ON beneficiary_name_token (token, last_name, first_name, beneficiary_id, site_id, taking_part);
