PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_quiet_periods` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`jurisdiction` text NOT NULL,
	`scope` text NOT NULL,
	`enterprises` text,
	`ref` text,
	`from_date` text,
	`to_date` text,
	`monthly` text,
	`weekly` text,
	`ranges` text,
	`categories` text,
	`exemptions` text,
	`basis` text NOT NULL
);
--> statement-breakpoint
INSERT INTO `__new_quiet_periods`("id", "jurisdiction", "scope", "enterprises", "from_date", "to_date", "basis") SELECT "id", "jurisdiction", "scope", "enterprises", "from_date", "to_date", "basis" FROM `quiet_periods`;--> statement-breakpoint
DROP TABLE `quiet_periods`;--> statement-breakpoint
ALTER TABLE `__new_quiet_periods` RENAME TO `quiet_periods`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `enterprises` ADD `categories` text;