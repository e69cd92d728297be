// RunbookPrinting: a runbook as a printable document for the paper binder.
