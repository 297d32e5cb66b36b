-- The language a person reads, for what Masar gives them: the workbook of everything it holds
-- about them (GDPR art. 15 and 20, Tunisian law 2004-63), and later certificates and letters.
-- One of Masar's languages (en, fr, ar, it); empty when not asked, and then the reader's is used.
ALTER TABLE beneficiary ADD COLUMN language VARCHAR(2) NULL;
