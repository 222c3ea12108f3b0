CREATE TABLE `import_event_changes` (
	`import_id` text NOT NULL,
	`event_id` text NOT NULL,
	`before_status` text,
	`before_outcome` text NOT NULL,
	PRIMARY KEY(`import_id`, `event_id`),
	FOREIGN KEY (`import_id`) REFERENCES `imports`(`id`) ON UPDATE no action ON DELETE cascade
);
