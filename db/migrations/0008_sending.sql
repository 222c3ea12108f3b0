CREATE TABLE `leases` (
	`name` text PRIMARY KEY NOT NULL,
	`holder` text NOT NULL,
	`pid` integer NOT NULL,
	`hostname` text NOT NULL,
	`acquired_at` integer NOT NULL,
	`expires_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `unsubscribe_tokens` (
	`token` text PRIMARY KEY NOT NULL,
	`contact_id` text,
	`email_hash` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `unsubscribe_tokens_email_hash_unique` ON `unsubscribe_tokens` (`email_hash`);--> statement-breakpoint
ALTER TABLE `outbox` ADD `enhanced_code` text;--> statement-breakpoint
ALTER TABLE `outbox` ADD `date_at` integer;--> statement-breakpoint
ALTER TABLE `outbox` ADD `attempted_at` integer;--> statement-breakpoint
CREATE INDEX `outbox_attempted_at_idx` ON `outbox` (`attempted_at`);--> statement-breakpoint
CREATE UNIQUE INDEX `outbox_message_id_unique` ON `outbox` (`message_id`);