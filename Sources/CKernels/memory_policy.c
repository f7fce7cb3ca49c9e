#include "CKernels.h"
#include <stdlib.h>  // defines __GLIBC__ on glibc

#if defined(__GLIBC__)
#include <malloc.h>
#endif

// See CKernels.h. glibc's defaults hand large freed blocks back to the system (blocks of
// 128 KiB and more are mapped on their own, and the heap's top is trimmed past 128 KiB), so
// a training loop that frees and reallocates the same arrays every step gets fresh pages each
// time, which the kernel must map and zero on first touch.
int nnlab_keep_freed_memory(void) {
#if defined(__GLIBC__)
    int heap = mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024);  // blocks below 32 MiB from the heap
    int keep = mallopt(M_TRIM_THRESHOLD, 512 * 1024 * 1024);  // trim the heap's top only past 512 MiB
    return heap == 1 && keep == 1;
#else
    return 0;
#endif
}
