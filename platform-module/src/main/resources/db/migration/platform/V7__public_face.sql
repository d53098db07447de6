-- What the public home tells (issue #18): what the association offers and how to reach it on each channel of
-- policy §4, its registration number, and whom to write to about personal data. Empty means "not shown".
ALTER TABLE plt_association_profile ADD COLUMN about_ar VARCHAR(2000) NULL;
ALTER TABLE plt_association_profile ADD COLUMN about_en VARCHAR(2000) NULL;
ALTER TABLE plt_association_profile ADD COLUMN phone VARCHAR(20) NULL;
ALTER TABLE plt_association_profile ADD COLUMN whatsapp VARCHAR(20) NULL;
ALTER TABLE plt_association_profile ADD COLUMN email VARCHAR(200) NULL;
ALTER TABLE plt_association_profile ADD COLUMN address_ar VARCHAR(300) NULL;
ALTER TABLE plt_association_profile ADD COLUMN address_en VARCHAR(300) NULL;
ALTER TABLE plt_association_profile ADD COLUMN hours_ar VARCHAR(300) NULL;
ALTER TABLE plt_association_profile ADD COLUMN hours_en VARCHAR(300) NULL;
ALTER TABLE plt_association_profile ADD COLUMN map_url VARCHAR(500) NULL;
ALTER TABLE plt_association_profile ADD COLUMN x_account VARCHAR(50) NULL;
ALTER TABLE plt_association_profile ADD COLUMN instagram_account VARCHAR(50) NULL;
ALTER TABLE plt_association_profile ADD COLUMN snapchat_account VARCHAR(50) NULL;
ALTER TABLE plt_association_profile ADD COLUMN youtube_account VARCHAR(50) NULL;
ALTER TABLE plt_association_profile ADD COLUMN registration_number VARCHAR(30) NULL;
ALTER TABLE plt_association_profile ADD COLUMN privacy_email VARCHAR(200) NULL;
