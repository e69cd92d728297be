// Notation: how values are written as text and read back, once for every module —
// zero-padded digits, hexadecimal, JSON string literals, and time (the Gregorian
// calendar, UTC offsets, civil date-time at an offset, RFC 3339, the journal's
// recorded offset, durations as a clock).
//
// Depends on nothing, so the model, the engine, the journal, the reports, the app and
// the command line all share one rule for each. Written by hand, without Foundation's
// calendars or formatters: the journal reads a million timestamps, and the text must not
// depend on the machine's locale or time zone database.
