#include "CKernels.h"

// e^x, σ(x) and tanh(x) on blocks of floats, in three builds of one vector code (AVX-512,
// AVX2, SSE2), chosen once at run time as the matrix kernel is. All three give the same bits:
// see activation_body.h.

enum { NNLAB_EXP = 0, NNLAB_SIGMOID = 1, NNLAB_TANH = 2 };

#define WIDTH 16
#define ATTR __attribute__((target("avx512f")))
#define NAME(x) avx512_##x
#include "activation_body.h"
#undef WIDTH
#undef ATTR
#undef NAME

#define WIDTH 8
#define ATTR __attribute__((target("avx2")))
#define NAME(x) avx2_##x
#include "activation_body.h"
#undef WIDTH
#undef ATTR
#undef NAME

#define WIDTH 4
#define ATTR
#define NAME(x) sse_##x
#include "activation_body.h"
#undef WIDTH
#undef ATTR
#undef NAME

typedef void (*apply_fn)(int, const float *, long, float *, long, long, long);

static apply_fn choose(void) {
#if defined(__x86_64__)
    __builtin_cpu_init();
    if (__builtin_cpu_supports("avx512f")) return avx512_apply;
    if (__builtin_cpu_supports("avx2")) return avx2_apply;
#endif
    return sse_apply;
}

static void apply(int function, const float *x, long xs, float *y, long ys, long rows, long cols) {
    static apply_fn kernel = 0;
    apply_fn chosen = __atomic_load_n(&kernel, __ATOMIC_RELAXED);
    if (!chosen) {
        chosen = choose();  // every thread computes the same pointer
        __atomic_store_n(&kernel, chosen, __ATOMIC_RELAXED);
    }
    chosen(function, x, xs, y, ys, rows, cols);
}

void nnlab_exp(const float *x, float *y, long n) { apply(NNLAB_EXP, x, n, y, n, 1, n); }

void nnlab_sigmoid_rows(const float *x, long x_stride, float *y, long y_stride, long rows, long cols) {
    apply(NNLAB_SIGMOID, x, x_stride, y, y_stride, rows, cols);
}

void nnlab_tanh_rows(const float *x, long x_stride, float *y, long y_stride, long rows, long cols) {
    apply(NNLAB_TANH, x, x_stride, y, y_stride, rows, cols);
}

int nnlab_activation_level(int level, int function, const float *x, float *y, long n) {
    if (function < 0 || function > 2) return 0;
#if defined(__x86_64__)
    __builtin_cpu_init();
    if (level == 2 && __builtin_cpu_supports("avx512f")) { avx512_apply(function, x, n, y, n, 1, n); return 1; }
    if (level == 1 && __builtin_cpu_supports("avx2")) { avx2_apply(function, x, n, y, n, 1, n); return 1; }
#endif
    if (level == 0) { sse_apply(function, x, n, y, n, 1, n); return 1; }
    return 0;
}
