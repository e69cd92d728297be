// The wide-character ncurses API, with the macros Swift cannot import wrapped
// as functions (ncurses-swift-notes.md P1-P4).
#define NCURSES_WIDECHAR 1
#include <ncursesw/curses.h>
