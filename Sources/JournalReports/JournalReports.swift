// JournalReports: exports, merged timelines and the morning review pack, read from journals.
