-- A third valid token per invitation: the one printed as a QR code on the service receipt (only its hash).
ALTER TABLE sat_invitation ADD COLUMN print_hash CHAR(64);
CREATE UNIQUE INDEX sat_invitation_print ON sat_invitation (print_hash);
