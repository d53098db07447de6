-- The digits Arabic text is written with (issue #22): LATIN (the default) or ARABIC_INDIC.
ALTER TABLE plt_association_profile ADD COLUMN arabic_digits VARCHAR(12) NOT NULL DEFAULT 'LATIN';
