// CursesTerminal: the only Swift code that calls ncurses.
