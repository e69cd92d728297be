// libFuzzer's entry for programs with their own main (the toolchain's
// libclang_rt.fuzzer, linked by -sanitize=fuzzer). Only builds with
// -D SHODO_FUZZING call it; see Fuzz/FuzzSupport.
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
