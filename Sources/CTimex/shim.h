// CTimex: the kernel's clock discipline state (<sys/timex.h>) for Swift. The C
// library's module map leaves that header out, so it is included here and read
// through named fields: no byte offsets, no symbol lookup.
#ifndef CTIMEX_SHIM_H
#define CTIMEX_SHIM_H

#ifdef __linux__
#include <string.h>
#include <sys/timex.h>

/// Asks adjtimex (modes 0: only read) for the clock state; returns its result
/// (TIME_OK ... TIME_ERROR, or -1) and stores the status word (STA_*) in *status.
static inline int shodo_timex_read(int *status) {
    struct timex state;
    memset(&state, 0, sizeof state);
    int result = adjtimex(&state);
    *status = state.status;
    return result;
}

static inline int shodo_timex_time_error(void) { return TIME_ERROR; }
static inline int shodo_timex_unsynchronised_flag(void) { return STA_UNSYNC; }
#else
// No adjtimex here: the clock cannot be asked, which reads as unsynchronised.
static inline int shodo_timex_read(int *status) {
    *status = 0;
    return -1;
}

static inline int shodo_timex_time_error(void) { return 5; }
static inline int shodo_timex_unsynchronised_flag(void) { return 0x0040; }
#endif

#endif
