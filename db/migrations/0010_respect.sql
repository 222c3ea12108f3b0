CREATE TABLE `audit_log` (
	`row_id` integer PRIMARY KEY NOT NULL,
	`at` integer NOT NULL,
	`action` text NOT NULL,
	`origin` text NOT NULL,
	`contact_id` text,
	`detail` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE INDEX `audit_log_at_idx` ON `audit_log` (`at`);--> statement-breakpoint
CREATE TABLE `consent_changes` (
	`id` text PRIMARY KEY NOT NULL,
	`contact_id` text NOT NULL,
	`basis` text,
	`source` text DEFAULT '' NOT NULL,
	`evidence` text DEFAULT '' NOT NULL,
	`consent_at` integer,
	`origin` text NOT NULL,
	`import_id` text,
	`recorded_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `consent_changes_contact_idx` ON `consent_changes` (`contact_id`,`recorded_at`);--> statement-breakpoint
ALTER TABLE `contacts` ADD `region` text;--> statement-breakpoint
ALTER TABLE `contacts` ADD `postal_code` text;--> statement-breakpoint
ALTER TABLE `imports` ADD `erased_skipped` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `suppressions` ADD `channel` text DEFAULT 'email' NOT NULL;--> statement-breakpoint
INSERT INTO `consent_changes` (`id`, `contact_id`, `basis`, `source`, `evidence`, `consent_at`, `origin`, `import_id`, `recorded_at`)
SELECT 'cc_' || `id`, `id`, `consent_basis`, coalesce(`consent_source`, ''), 'recorded before Relance kept a consent history', `consent_at`, 'ui', NULL, `updated_at`
FROM `contacts` WHERE `consent_basis` IS NOT NULL;
