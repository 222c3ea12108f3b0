CREATE TABLE `contact_events` (
	`id` text PRIMARY KEY NOT NULL,
	`contact_id` text NOT NULL,
	`type` text NOT NULL,
	`occurred_at` integer NOT NULL,
	`amount_minor` integer,
	`currency` text,
	`reference` text,
	`items` text,
	`status` text,
	`link` text,
	`source` text NOT NULL,
	`import_id` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`contact_id`) REFERENCES `contacts`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`import_id`) REFERENCES `imports`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `contact_events_contact_idx` ON `contact_events` (`contact_id`,`occurred_at`);--> statement-breakpoint
CREATE INDEX `contact_events_type_idx` ON `contact_events` (`type`,`occurred_at`);--> statement-breakpoint
CREATE INDEX `contact_events_import_idx` ON `contact_events` (`import_id`);--> statement-breakpoint
CREATE TABLE `import_changes` (
	`import_id` text NOT NULL,
	`contact_id` text NOT NULL,
	`action` text NOT NULL,
	`before` text,
	PRIMARY KEY(`import_id`, `contact_id`),
	FOREIGN KEY (`import_id`) REFERENCES `imports`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `imports` (
	`id` text PRIMARY KEY NOT NULL,
	`file_name` text NOT NULL,
	`format` text NOT NULL,
	`encoding` text NOT NULL,
	`delimiter` text,
	`preset_id` text NOT NULL,
	`mapping` text NOT NULL,
	`mode` text NOT NULL,
	`row_count` integer NOT NULL,
	`created` integer NOT NULL,
	`updated` integer NOT NULL,
	`skipped` integer NOT NULL,
	`rejected` integer NOT NULL,
	`events` integer NOT NULL,
	`created_at` integer NOT NULL,
	`undone_at` integer
);
--> statement-breakpoint
CREATE INDEX `imports_created_at_idx` ON `imports` (`created_at`);--> statement-breakpoint
CREATE TABLE `saved_mappings` (
	`header_key` text PRIMARY KEY NOT NULL,
	`mapping` text NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `suppressions` (
	`hash` text PRIMARY KEY NOT NULL,
	`reason` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE `contacts` ADD `unsubscribed_at` integer;--> statement-breakpoint
ALTER TABLE `contacts` ADD `source_id` text;--> statement-breakpoint
CREATE INDEX `contacts_source_id_idx` ON `contacts` (`source_id`);