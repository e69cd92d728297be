// TerminalUI: drawing without a terminal.
