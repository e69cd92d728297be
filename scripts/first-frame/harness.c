#define _GNU_SOURCE 1  /* memmem */
/* Times exec-to-first-frame: runs a program on a fresh pseudo-terminal (80x24)
   and measures the wall time from fork until its output contains a marker,
   then kills it. Usage: harness RUNS MARKER PROGRAM [ARGS...]
   Prints one line per run (milliseconds) and "median MS". */
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

int main(int argc, char **argv) {
    if (argc < 4) { fprintf(stderr, "usage: harness RUNS MARKER PROGRAM [ARGS...]\n"); return 2; }
    int runs = atoi(argv[1]);
    const char *marker = argv[2];
    double *samples = calloc(runs, sizeof(double));
    struct winsize size = {.ws_row = 24, .ws_col = 80};
    for (int run = 0; run < runs; run++) {
        int master;
        double start = now_ms();
        pid_t child = forkpty(&master, NULL, NULL, &size);
        if (child < 0) { perror("forkpty"); return 1; }
        if (child == 0) {
            execvp(argv[3], argv + 3);
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
        if (elapsed < 0) { fprintf(stderr, "marker '%s' never appeared\n", marker); return 1; }
        samples[run] = elapsed;
        printf("run %d: %.1f ms\n", run + 1, elapsed);
    }
    qsort(samples, runs, sizeof(double), compare);
    printf("median %.1f\n", samples[runs / 2]);
    return 0;
}
