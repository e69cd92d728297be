// ActionJournal: the append-only, hash-chained journal (journal-format.md).
