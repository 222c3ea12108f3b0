CREATE TABLE `bulk_edit_changes` (
	`edit_id` text NOT NULL,
	`contact_id` text NOT NULL,
	`before` text NOT NULL,
	PRIMARY KEY(`edit_id`, `contact_id`),
	FOREIGN KEY (`edit_id`) REFERENCES `bulk_edits`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `bulk_edits` (
	`id` text PRIMARY KEY NOT NULL,
	`field` text NOT NULL,
	`value` text NOT NULL,
	`contact_count` integer NOT NULL,
	`created_at` integer NOT NULL,
	`undone_at` integer
);
--> statement-breakpoint
CREATE INDEX `bulk_edits_created_at_idx` ON `bulk_edits` (`created_at`);--> statement-breakpoint
ALTER TABLE `contact_events` ADD `date_only` integer DEFAULT false NOT NULL;