CREATE TABLE `saved_segments` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`filter` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE `contact_events` ADD `note` text;--> statement-breakpoint
ALTER TABLE `contacts` ADD `prospect_status` text;--> statement-breakpoint
ALTER TABLE `contacts` ADD `status_since` integer;--> statement-breakpoint
ALTER TABLE `contacts` ADD `interest` text DEFAULT '' NOT NULL;