// CNCursesW: the wide-character ncurses API for Swift, with every macro and C
// global Swift cannot import (or cannot use under strict concurrency) wrapped
// as a static inline function. See docs/ncurses.md P1-P4, P9.
#ifndef CNCURSESW_SHIM_H
#define CNCURSESW_SHIM_H

// SwiftPM drops pkg-config's -D flags, so ask for the wide API here (docs/ncurses.md P1).
#define NCURSES_WIDECHAR 1

#include <errno.h>
#include <fcntl.h>
#include <langinfo.h>
#include <locale.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/select.h>
#include <time.h>
#include <unistd.h>
#include <wchar.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>

// X/Open prototypes that Swift's Glibc module leaves out (docs/ncurses.md P4).
extern int wcwidth(wchar_t character);
extern int wcswidth(const wchar_t *characters, size_t count);

// Attributes are cast macros (docs/ncurses.md P2).
static inline attr_t cnc_attribute_normal(void) { return A_NORMAL; }
static inline attr_t cnc_attribute_bold(void) { return A_BOLD; }
static inline attr_t cnc_attribute_reverse(void) { return A_REVERSE; }
static inline attr_t cnc_attribute_underline(void) { return A_UNDERLINE; }
static inline attr_t cnc_attribute_dim(void) { return A_DIM; }
static inline attr_t cnc_attribute_mask(void) { return A_ATTRIBUTES & ~A_COLOR; }

// Globals behind accessors (docs/ncurses.md P3).
static inline WINDOW *cnc_standard_screen(void) { return stdscr; }
static inline int cnc_colors(void) { return COLORS; }
static inline int cnc_maximum_y(WINDOW *window) { return getmaxy(window); }
static inline int cnc_maximum_x(WINDOW *window) { return getmaxx(window); }
static inline int cnc_key_code_yes(void) { return KEY_CODE_YES; }
static inline int cnc_key_function(int number) { return KEY_F(number); }
static inline int cnc_ccharw_maximum(void) { return CCHARW_MAX; }

// A terminal on the process's own stdin/stdout, never initscr (docs/ncurses.md P6).
static inline SCREEN *cnc_new_terminal_on_standard_streams(const char *type) {
    return newterm(type, stdout, stdin);
}

// Whether the current terminal can address the cursor (`cup`); `dumb` cannot (docs/ncurses.md P6).
static inline int cnc_has_cursor_addressing(void) {
    const char *cup = tigetstr("cup");
    return cup != NULL && cup != (const char *)-1;
}

// Whether terminfo knows `type` and it has `cup`, without starting curses.
static inline int cnc_terminal_type_is_addressable(const char *type) {
    int status = 0;
    TERMINAL *saved = cur_term;
    int fd = open("/dev/null", O_WRONLY | O_CLOEXEC);
    if (fd < 0) return 0;
    int found = setupterm(type, fd, &status) == OK && status == 1;
    int addressable = found && cnc_has_cursor_addressing();
    if (found) {
        TERMINAL *probe = cur_term;
        set_curterm(saved);
        del_curterm(probe);
    }
    close(fd);
    return addressable;
}

// The codeset of LC_CTYPE (e.g. "UTF-8", "ANSI_X3.4-1968").
static inline const char *cnc_codeset(void) { return nl_langinfo(CODESET); }

// Signals (docs/ncurses.md P8, P9): handlers only set a flag; no SA_RESTART so waits wake up.
static inline int cnc_install_signal_handler(int number, void (*handler)(int), struct sigaction *previous) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;
    return sigaction(number, &action, previous);
}

static inline int cnc_restore_signal_handler(int number, const struct sigaction *previous) {
    return sigaction(number, previous, NULL);
}

// Blocks `signals` in this thread; `previous` gets the old mask and `waiting`
// the mask to use inside pselect (the old one with `signals` unblocked).
static inline int cnc_block_signals(const int *signals, int count, sigset_t *previous, sigset_t *waiting) {
    sigset_t blocked;
    sigemptyset(&blocked);
    for (int index = 0; index < count; index++) sigaddset(&blocked, signals[index]);
    if (pthread_sigmask(SIG_BLOCK, &blocked, previous) != 0) return -1;
    *waiting = *previous;
    for (int index = 0; index < count; index++) sigdelset(waiting, signals[index]);
    return 0;
}

static inline int cnc_set_signal_mask(const sigset_t *mask) {
    return pthread_sigmask(SIG_SETMASK, mask, NULL);
}

// A non-blocking, close-on-exec pipe a signal handler writes to so a wait wakes.
static inline int cnc_open_wake_pipe(int ends[2]) {
    if (pipe(ends) != 0) return -1;
    for (int index = 0; index < 2; index++) {
        fcntl(ends[index], F_SETFL, fcntl(ends[index], F_GETFL) | O_NONBLOCK);
        fcntl(ends[index], F_SETFD, FD_CLOEXEC);
    }
    return 0;
}

static inline void cnc_drain(int fd) {
    char buffer[64];
    while (read(fd, buffer, sizeof buffer) > 0) {
    }
}

#define CNC_WAIT_TIMEOUT 0
#define CNC_WAIT_INPUT 1
#define CNC_WAIT_WAKE 2
#define CNC_WAIT_INTERRUPTED (-2)
#define CNC_WAIT_FAILED (-1)

// Waits until `input` or `wake` is readable, a signal arrives, or the timeout
// (milliseconds; negative = none) passes. `mask` is installed only for the
// duration of the wait, atomically (docs/ncurses.md P9). Returns a CNC_WAIT_ value or a
// combination of CNC_WAIT_INPUT | CNC_WAIT_WAKE.
static inline int cnc_wait(int input, int wake, int timeout_milliseconds, const sigset_t *mask) {
    fd_set readable;
    FD_ZERO(&readable);
    FD_SET(input, &readable);
    int highest = input;
    if (wake >= 0) {
        FD_SET(wake, &readable);
        if (wake > highest) highest = wake;
    }
    struct timespec timeout;
    timeout.tv_sec = timeout_milliseconds / 1000;
    timeout.tv_nsec = (long)(timeout_milliseconds % 1000) * 1000000L;
    int result = pselect(highest + 1, &readable, NULL, NULL, timeout_milliseconds < 0 ? NULL : &timeout, mask);
    if (result < 0) return errno == EINTR ? CNC_WAIT_INTERRUPTED : CNC_WAIT_FAILED;
    if (result == 0) return CNC_WAIT_TIMEOUT;
    int which = 0;
    if (FD_ISSET(input, &readable)) which |= CNC_WAIT_INPUT;
    if (wake >= 0 && FD_ISSET(wake, &readable)) which |= CNC_WAIT_WAKE;
    return which;
}

// Bytes waiting on `fd`, or -1 when it cannot be asked (not a tty any more).
static inline int cnc_bytes_available(int fd) {
    int count = 0;
    if (ioctl(fd, FIONREAD, &count) < 0) return -1;
    return count;
}

// Milliseconds of CLOCK_MONOTONIC, to keep a timeout across interrupted waits.
static inline long long cnc_monotonic_milliseconds(void) {
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (long long)now.tv_sec * 1000LL + now.tv_nsec / 1000000L;
}

#endif
