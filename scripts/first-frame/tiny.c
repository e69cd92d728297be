/* The reference for the first-frame benchmark: the smallest ncursesw program
   that paints one frame (a title and a line of text), then waits for a key. */
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <ncursesw/curses.h>

int main(void) {
    setlocale(LC_ALL, "");
    SCREEN *screen = newterm(NULL, stdout, stdin);
    if (screen == NULL) return 1;
    mvaddstr(0, 1, "tiny ncurses");
    mvaddstr(2, 1, "What happened?");
    refresh();
    getch();
    endwin();
    delscreen(screen);
    return 0;
}
