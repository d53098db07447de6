-- Issue #24 (after the walk): an executive who approves a request despite an open duplicate warning leaves it open,
-- but the pair says so — which request, when — on the file page, so that nobody decides it again unawares.
ALTER TABLE ben_duplicate ADD COLUMN overridden_request VARCHAR(20);
ALTER TABLE ben_duplicate ADD COLUMN overridden_at DATETIME(6);
