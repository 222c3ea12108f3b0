CREATE TABLE `contact_tags` (
	`contact_id` text NOT NULL,
	`tag` text NOT NULL,
	PRIMARY KEY(`contact_id`, `tag`),
	FOREIGN KEY (`contact_id`) REFERENCES `contacts`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `contact_tags_tag_idx` ON `contact_tags` (`tag`);--> statement-breakpoint
CREATE TABLE `contacts` (
	`row_id` integer PRIMARY KEY NOT NULL,
	`id` text NOT NULL,
	`first_name` text DEFAULT '' NOT NULL,
	`last_name` text DEFAULT '' NOT NULL,
	`sort_name` text DEFAULT '' NOT NULL,
	`email` text,
	`email_key` text,
	`phone` text,
	`phone_national` text,
	`company` text DEFAULT '' NOT NULL,
	`kind` text DEFAULT 'customer' NOT NULL,
	`language` text,
	`country` text,
	`notes` text DEFAULT '' NOT NULL,
	`consent_basis` text,
	`consent_source` text,
	`consent_at` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `contacts_id_unique` ON `contacts` (`id`);--> statement-breakpoint
CREATE UNIQUE INDEX `contacts_email_key_unique` ON `contacts` (`email_key`);--> statement-breakpoint
CREATE INDEX `contacts_sort_name_idx` ON `contacts` (`sort_name`,`id`);--> statement-breakpoint
CREATE INDEX `contacts_phone_idx` ON `contacts` (`phone`);--> statement-breakpoint
CREATE INDEX `contacts_company_idx` ON `contacts` (lower("company"));--> statement-breakpoint
CREATE INDEX `contacts_kind_idx` ON `contacts` (`kind`);--> statement-breakpoint
CREATE INDEX `contacts_country_idx` ON `contacts` (`country`);--> statement-breakpoint
CREATE INDEX `contacts_created_at_idx` ON `contacts` (`created_at`);--> statement-breakpoint
CREATE INDEX `contacts_updated_at_idx` ON `contacts` (`updated_at`);--> statement-breakpoint
CREATE TABLE `settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
