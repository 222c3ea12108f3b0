-- Search-as-you-type over name, email, phone and company (C1). Contentless FTS5 keyed by
-- contacts.row_id; prefix indexes make one- to three-character prefix queries fast.
CREATE VIRTUAL TABLE `contacts_fts` USING fts5(
	`doc`,
	content='',
	contentless_delete=1,
	tokenize='unicode61 remove_diacritics 2',
	prefix='1 2 3'
);
--> statement-breakpoint
-- Contacts saved before this migration get indexed too, or an updated database would not find them.
INSERT INTO `contacts_fts` (rowid, doc)
	SELECT row_id,
		first_name || ' ' || last_name || ' ' || coalesce(email, '') || ' ' ||
		company || ' ' || coalesce(substr(phone, 2), '') || ' ' || coalesce(phone_national, '')
	FROM `contacts`;
--> statement-breakpoint
CREATE TRIGGER `contacts_fts_after_insert` AFTER INSERT ON `contacts` BEGIN
	INSERT INTO `contacts_fts` (rowid, doc) VALUES (
		new.row_id,
		new.first_name || ' ' || new.last_name || ' ' || coalesce(new.email, '') || ' ' ||
		new.company || ' ' || coalesce(substr(new.phone, 2), '') || ' ' || coalesce(new.phone_national, '')
	);
END;
--> statement-breakpoint
CREATE TRIGGER `contacts_fts_after_delete` AFTER DELETE ON `contacts` BEGIN
	DELETE FROM `contacts_fts` WHERE rowid = old.row_id;
END;
--> statement-breakpoint
CREATE TRIGGER `contacts_fts_after_update` AFTER UPDATE OF first_name, last_name, email, company, phone, phone_national ON `contacts` BEGIN
	DELETE FROM `contacts_fts` WHERE rowid = old.row_id;
	INSERT INTO `contacts_fts` (rowid, doc) VALUES (
		new.row_id,
		new.first_name || ' ' || new.last_name || ' ' || coalesce(new.email, '') || ' ' ||
		new.company || ' ' || coalesce(substr(new.phone, 2), '') || ' ' || coalesce(new.phone_national, '')
	);
END;
