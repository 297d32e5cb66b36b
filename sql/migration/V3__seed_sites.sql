-- The places our programmes work in: reference data every installation needs, not demo data.
-- A parent is inserted before its children; each child copies its parent's path and adds its own code.
INSERT INTO site (code, name, level, country_code, parent_id, path) VALUES ('TN', 'Tunisia', 'COUNTRY', 'TN', NULL, '/TN/');
INSERT INTO site (code, name, level, country_code, parent_id, path) VALUES ('IT', 'Italy', 'COUNTRY', 'IT', NULL, '/IT/');
INSERT INTO site (code, name, level, country_code, parent_id, path) VALUES ('MA', 'Morocco', 'COUNTRY', 'MA', NULL, '/MA/');
INSERT INTO site (code, name, level, country_code, parent_id, path) SELECT 'TUN', 'Tunis (governorate)', 'REGION', 'TN', id, '/TN/TUN/' FROM site WHERE code = 'TN';
INSERT INTO site (code, name, level, country_code, parent_id, path) SELECT 'SFX', 'Sfax (governorate)', 'REGION', 'TN', id, '/TN/SFX/' FROM site WHERE code = 'TN';
INSERT INTO site (code, name, level, country_code, parent_id, path) SELECT 'MAH', 'Mahdia (governorate)', 'REGION', 'TN', id, '/TN/MAH/' FROM site WHERE code = 'TN';
INSERT INTO site (code, name, level, country_code, parent_id, path) SELECT 'SBZ', 'Sidi Bouzid (governorate)', 'REGION', 'TN', id, '/TN/SBZ/' FROM site WHERE code = 'TN';
INSERT INTO site (code, name, level, country_code, parent_id, path) SELECT 'KEB', 'Kebili (governorate)', 'REGION', 'TN', id, '/TN/KEB/' FROM site WHERE code = 'TN';
INSERT INTO site (code, name, level, country_code, parent_id, path) SELECT 'LOM', 'Lombardy', 'REGION', 'IT', id, '/IT/LOM/' FROM site WHERE code = 'IT';
INSERT INTO site (code, name, level, country_code, parent_id, path) SELECT 'PIE', 'Piedmont', 'REGION', 'IT', id, '/IT/PIE/' FROM site WHERE code = 'IT';
INSERT INTO site (code, name, level, country_code, parent_id, path) SELECT 'SIC', 'Sicily', 'REGION', 'IT', id, '/IT/SIC/' FROM site WHERE code = 'IT';
INSERT INTO site (code, name, level, country_code, parent_id, path) SELECT 'TOS', 'Tuscany', 'REGION', 'IT', id, '/IT/TOS/' FROM site WHERE code = 'IT';
INSERT INTO site (code, name, level, country_code, parent_id, path) SELECT 'BMK', 'Beni Mellal-Khenifra', 'REGION', 'MA', id, '/MA/BMK/' FROM site WHERE code = 'MA';
INSERT INTO site (code, name, level, country_code, parent_id, path) SELECT 'TTA', 'Tanger-Tetouan-Al Hoceima', 'REGION', 'MA', id, '/MA/TTA/' FROM site WHERE code = 'MA';
INSERT INTO site (code, name, level, country_code, parent_id, path) SELECT 'TUN-M', 'Tunis', 'MUNICIPALITY', 'TN', id, '/TN/TUN/TUN-M/' FROM site WHERE code = 'TUN';
INSERT INTO site (code, name, level, country_code, parent_id, path) SELECT 'SFX-M', 'Sfax', 'MUNICIPALITY', 'TN', id, '/TN/SFX/SFX-M/' FROM site WHERE code = 'SFX';
INSERT INTO site (code, name, level, country_code, parent_id, path) SELECT 'MAH-M', 'Mahdia', 'MUNICIPALITY', 'TN', id, '/TN/MAH/MAH-M/' FROM site WHERE code = 'MAH';
INSERT INTO site (code, name, level, country_code, parent_id, path) SELECT 'SBZ-M', 'Sidi Bouzid', 'MUNICIPALITY', 'TN', id, '/TN/SBZ/SBZ-M/' FROM site WHERE code = 'SBZ';
INSERT INTO site (code, name, level, country_code, parent_id, path) SELECT 'KEB-M', 'Kebili', 'MUNICIPALITY', 'TN', id, '/TN/KEB/KEB-M/' FROM site WHERE code = 'KEB';
INSERT INTO site (code, name, level, country_code, parent_id, path) SELECT 'DOUZ', 'Douz', 'MUNICIPALITY', 'TN', id, '/TN/KEB/DOUZ/' FROM site WHERE code = 'KEB';
INSERT INTO site (code, name, level, country_code, parent_id, path) SELECT 'MIL', 'Milan', 'MUNICIPALITY', 'IT', id, '/IT/LOM/MIL/' FROM site WHERE code = 'LOM';
INSERT INTO site (code, name, level, country_code, parent_id, path) SELECT 'TRN', 'Turin', 'MUNICIPALITY', 'IT', id, '/IT/PIE/TRN/' FROM site WHERE code = 'PIE';
INSERT INTO site (code, name, level, country_code, parent_id, path) SELECT 'PMO', 'Palermo', 'MUNICIPALITY', 'IT', id, '/IT/SIC/PMO/' FROM site WHERE code = 'SIC';
INSERT INTO site (code, name, level, country_code, parent_id, path) SELECT 'FLR', 'Florence', 'MUNICIPALITY', 'IT', id, '/IT/TOS/FLR/' FROM site WHERE code = 'TOS';
INSERT INTO site (code, name, level, country_code, parent_id, path) SELECT 'BML', 'Beni Mellal', 'MUNICIPALITY', 'MA', id, '/MA/BMK/BML/' FROM site WHERE code = 'BMK';
INSERT INTO site (code, name, level, country_code, parent_id, path) SELECT 'TNG', 'Tangier', 'MUNICIPALITY', 'MA', id, '/MA/TTA/TNG/' FROM site WHERE code = 'TTA';
