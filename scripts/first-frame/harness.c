#define _GNU_SOURCE 1  /* memmem */
/* Times exec-to-first-frame: runs programs on a fresh pseudo-terminal (80x24)
   and measures the wall time from fork until the output contains a marker,
   then kills the program. Several programs (separated by "---") are run in
   turn, one run each per round, so that a busy machine slows them alike.
   Usage: harness RUNS MARKER PROGRAM [ARGS...] [--- PROGRAM [ARGS...]]...
   Prints "median MS" per program, in the order given. */
#include <pty.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/select.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double now_ms(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1000.0 + t.tv_nsec / 1e6;
}

static int compare(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* Milliseconds until `marker` appears in the output of argv, or -1. */
static double time_one(char **argv, const char *marker) {
    struct winsize size = {.ws_row = 24, .ws_col = 80};
    int master;
    double start = now_ms();
    pid_t child = forkpty(&master, NULL, NULL, &size);
    if (child < 0) { perror("forkpty"); exit(1); }
    if (child == 0) {
        execvp(argv[0], argv);
        _exit(127);
    }
    char buffer[65536];
    size_t used = 0;
    double elapsed = -1;
    while (elapsed < 0) {
        fd_set readable;
        FD_ZERO(&readable);
        FD_SET(master, &readable);
        struct timeval timeout = {.tv_sec = 30};
        if (select(master + 1, &readable, NULL, NULL, &timeout) <= 0) break;
        ssize_t count = read(master, buffer + used, sizeof buffer - 1 - used);
        if (count <= 0) break;
        used += (size_t)count;
        buffer[used] = 0;
        if (memmem(buffer, used, marker, strlen(marker)) != NULL) elapsed = now_ms() - start;
        if (used > sizeof buffer - 4096) { memmove(buffer, buffer + used - 4096, 4096); used = 4096; }
    }
    kill(child, SIGKILL);
    waitpid(child, NULL, 0);
    close(master);
    return elapsed;
}

int main(int argc, char **argv) {
    if (argc < 4) { fprintf(stderr, "usage: harness RUNS MARKER PROGRAM [ARGS...] [--- PROGRAM [ARGS...]]...\n"); return 2; }
    int runs = atoi(argv[1]);
    const char *marker = argv[2];
    char **programs[16];
    int count = 0;
    programs[count++] = argv + 3;
    for (int i = 3; i < argc; i++) {
        if (strcmp(argv[i], "---") == 0) {
            argv[i] = NULL;
            if (count == 16 || i + 1 >= argc) { fprintf(stderr, "harness: bad program list\n"); return 2; }
            programs[count++] = argv + i + 1;
        }
    }
    double *samples = calloc((size_t)runs * count, sizeof(double));
    for (int run = 0; run < runs; run++) {
        for (int p = 0; p < count; p++) {
            double elapsed = time_one(programs[p], marker);
            if (elapsed < 0) { fprintf(stderr, "marker '%s' never appeared (%s)\n", marker, programs[p][0]); return 1; }
            samples[p * runs + run] = elapsed;
        }
    }
    for (int p = 0; p < count; p++) {
        qsort(samples + p * runs, runs, sizeof(double), compare);
        printf("median %.1f\n", samples[p * runs + runs / 2]);
    }
    return 0;
}
