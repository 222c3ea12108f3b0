CREATE TABLE `delivery_failures` (
	`id` text PRIMARY KEY NOT NULL,
	`email_hash` text NOT NULL,
	`reason` text NOT NULL,
	`status` text,
	`is_sender_side` integer NOT NULL,
	`occurred_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `delivery_failures_hash_idx` ON `delivery_failures` (`email_hash`,`occurred_at`);--> statement-breakpoint
CREATE INDEX `delivery_failures_at_idx` ON `delivery_failures` (`occurred_at`);--> statement-breakpoint
CREATE TABLE `mail_folders` (
	`path` text PRIMARY KEY NOT NULL,
	`role` text NOT NULL,
	`uid_validity` text NOT NULL,
	`last_uid` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `mail_seen` (
	`key` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`seen_at` integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE `contacts` ADD `away_until` integer;