-- A site's name in each language Masar speaks. The existing `name` stays the English one: required,
-- the fallback for a missing translation, and what the REST API has always called `name`.
-- A column per language rather than a child table: the languages are the four of the bundles (as
-- for stages and criteria, V5), and a site arrives with its names in its own row wherever a list
-- joins it, with no extra fetch per row.
ALTER TABLE site ADD COLUMN name_fr VARCHAR(120) NULL;
ALTER TABLE site ADD COLUMN name_ar VARCHAR(120) NULL;
ALTER TABLE site ADD COLUMN name_it VARCHAR(120) NULL;

-- The seed sites of V3. A Tunisian governorate shares its name with its chief town, so the level is
-- part of the governorate's name in each language, said the way that language says it (Arabic puts
-- ولاية before the name); the country Tunisia takes its full Arabic name, تونس being the city too.
UPDATE site SET name_fr = 'Tunisie', name_ar = 'الجمهورية التونسية', name_it = 'Tunisia' WHERE code = 'TN';
UPDATE site SET name_fr = 'Italie', name_ar = 'إيطاليا', name_it = 'Italia' WHERE code = 'IT';
UPDATE site SET name_fr = 'Maroc', name_ar = 'المغرب', name_it = 'Marocco' WHERE code = 'MA';
UPDATE site SET name_fr = 'Tunis (gouvernorat)', name_ar = 'ولاية تونس', name_it = 'Tunisi (governatorato)' WHERE code = 'TUN';
UPDATE site SET name_fr = 'Sfax (gouvernorat)', name_ar = 'ولاية صفاقس', name_it = 'Sfax (governatorato)' WHERE code = 'SFX';
UPDATE site SET name_fr = 'Mahdia (gouvernorat)', name_ar = 'ولاية المهدية', name_it = 'Mahdia (governatorato)' WHERE code = 'MAH';
UPDATE site SET name_fr = 'Sidi Bouzid (gouvernorat)', name_ar = 'ولاية سيدي بوزيد', name_it = 'Sidi Bouzid (governatorato)' WHERE code = 'SBZ';
UPDATE site SET name_fr = 'Kébili (gouvernorat)', name_ar = 'ولاية قبلي', name_it = 'Kebili (governatorato)' WHERE code = 'KEB';
UPDATE site SET name_fr = 'Lombardie', name_ar = 'لومبارديا', name_it = 'Lombardia' WHERE code = 'LOM';
UPDATE site SET name_fr = 'Piémont', name_ar = 'بييمونتي', name_it = 'Piemonte' WHERE code = 'PIE';
UPDATE site SET name_fr = 'Sicile', name_ar = 'صقلية', name_it = 'Sicilia' WHERE code = 'SIC';
UPDATE site SET name_fr = 'Toscane', name_ar = 'توسكانا', name_it = 'Toscana' WHERE code = 'TOS';
UPDATE site SET name_fr = 'Béni Mellal-Khénifra', name_ar = 'جهة بني ملال خنيفرة', name_it = 'Beni Mellal-Khenifra' WHERE code = 'BMK';
UPDATE site SET name_fr = 'Tanger-Tétouan-Al Hoceïma', name_ar = 'جهة طنجة تطوان الحسيمة', name_it = 'Tangeri-Tetuan-Al Hoseima' WHERE code = 'TTA';
UPDATE site SET name_fr = 'Tunis', name_ar = 'تونس', name_it = 'Tunisi' WHERE code = 'TUN-M';
UPDATE site SET name_fr = 'Sfax', name_ar = 'صفاقس', name_it = 'Sfax' WHERE code = 'SFX-M';
UPDATE site SET name_fr = 'Mahdia', name_ar = 'المهدية', name_it = 'Mahdia' WHERE code = 'MAH-M';
UPDATE site SET name_fr = 'Sidi Bouzid', name_ar = 'سيدي بوزيد', name_it = 'Sidi Bouzid' WHERE code = 'SBZ-M';
UPDATE site SET name_fr = 'Kébili', name_ar = 'قبلي', name_it = 'Kebili' WHERE code = 'KEB-M';
UPDATE site SET name_fr = 'Douz', name_ar = 'دوز', name_it = 'Douz' WHERE code = 'DOUZ';
UPDATE site SET name_fr = 'Milan', name_ar = 'ميلانو', name_it = 'Milano' WHERE code = 'MIL';
UPDATE site SET name_fr = 'Turin', name_ar = 'تورينو', name_it = 'Torino' WHERE code = 'TRN';
UPDATE site SET name_fr = 'Palerme', name_ar = 'باليرمو', name_it = 'Palermo' WHERE code = 'PMO';
UPDATE site SET name_fr = 'Florence', name_ar = 'فلورنسا', name_it = 'Firenze' WHERE code = 'FLR';
UPDATE site SET name_fr = 'Béni Mellal', name_ar = 'بني ملال', name_it = 'Beni Mellal' WHERE code = 'BML';
UPDATE site SET name_fr = 'Tanger', name_ar = 'طنجة', name_it = 'Tangeri' WHERE code = 'TNG';
