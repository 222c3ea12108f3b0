CREATE TABLE `outbox` (
	`id` text PRIMARY KEY NOT NULL,
	`dedupe_key` text NOT NULL,
	`contact_id` text NOT NULL,
	`program` text NOT NULL,
	`step` integer NOT NULL,
	`anchor` text NOT NULL,
	`channel` text NOT NULL,
	`language` text NOT NULL,
	`due_at` integer NOT NULL,
	`scheduled_at` integer NOT NULL,
	`state` text NOT NULL,
	`reason` text NOT NULL,
	`subject` text DEFAULT '' NOT NULL,
	`body_text` text DEFAULT '' NOT NULL,
	`body_html` text DEFAULT '' NOT NULL,
	`is_edited` integer DEFAULT false NOT NULL,
	`message_id` text,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_attempt_at` integer,
	`smtp_code` integer,
	`smtp_response` text,
	`sent_at` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`contact_id`) REFERENCES `contacts`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `outbox_dedupe_key_unique` ON `outbox` (`dedupe_key`);--> statement-breakpoint
CREATE INDEX `outbox_state_scheduled_idx` ON `outbox` (`state`,`scheduled_at`);--> statement-breakpoint
CREATE INDEX `outbox_contact_idx` ON `outbox` (`contact_id`,`program`);--> statement-breakpoint
CREATE TABLE `templates` (
	`program` text NOT NULL,
	`step` integer NOT NULL,
	`language` text NOT NULL,
	`subject` text NOT NULL,
	`body` text NOT NULL,
	`updated_at` integer NOT NULL,
	PRIMARY KEY(`program`, `step`, `language`)
);
--> statement-breakpoint
ALTER TABLE `contacts` ADD `complaint_open_since` integer;