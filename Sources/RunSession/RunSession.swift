// RunSession: a live run wired to its journal.
