#include "CKernels.h"

// C[m×n] += A[m×k] · B[k×n], row-major, in three builds of one register-blocked kernel:
// AVX-512, AVX2 and plain SSE2, chosen once at run time from what the CPU supports.
//
// Every build computes each C element the same way: products added one at a time in the
// order p = 0, 1, …, k−1, each a separate multiply and add (no fused multiply-add; the
// target is compiled with -ffp-contract=off). So all three give the same bits, and a lesson
// prints the same numbers on every x86-64 machine.
//
// SPLAT(x) is x in every lane, written as (−0, …, −0) + x: adding −0 changes no value (not
// even the sign of a zero), so the compiler drops the add and emits a plain broadcast. The
// same spelling with +0 would cost an extra add per element of A and turn −0 into +0.
#define SPLAT(x) (-(V){} + (x))

#define DEFINE_KERNEL(NAME, ATTR, WIDTH)                                                     \
    typedef float NAME##_vec __attribute__((vector_size(WIDTH * 4), aligned(4)));            \
    ATTR static void NAME(long m, long n, long k, const float *restrict a,                    \
                          const float *restrict b, float *restrict c) {                      \
        typedef NAME##_vec V;                                                                \
        const long tile = 2 * WIDTH;                                                         \
        long j = 0;                                                                          \
        for (; j + tile <= n; j += tile) {                                                   \
            long i = 0;                                                                      \
            for (; i + 4 <= m; i += 4) {                                                     \
                float *c0 = c + i * n + j, *c1 = c0 + n, *c2 = c1 + n, *c3 = c2 + n;         \
                V s00 = *(V *)c0, s01 = *(V *)(c0 + WIDTH);                                  \
                V s10 = *(V *)c1, s11 = *(V *)(c1 + WIDTH);                                  \
                V s20 = *(V *)c2, s21 = *(V *)(c2 + WIDTH);                                  \
                V s30 = *(V *)c3, s31 = *(V *)(c3 + WIDTH);                                  \
                const float *a0 = a + i * k, *a1 = a0 + k, *a2 = a1 + k, *a3 = a2 + k;       \
                const float *bp = b + j;                                                     \
                for (long p = 0; p < k; p++, bp += n) {                                      \
                    V b0 = *(const V *)bp, b1 = *(const V *)(bp + WIDTH);                   \
                    V v0 = SPLAT(a0[p]), v1 = SPLAT(a1[p]);                                  \
                    V v2 = SPLAT(a2[p]), v3 = SPLAT(a3[p]);                                  \
                    s00 += v0 * b0; s01 += v0 * b1;                                          \
                    s10 += v1 * b0; s11 += v1 * b1;                                          \
                    s20 += v2 * b0; s21 += v2 * b1;                                          \
                    s30 += v3 * b0; s31 += v3 * b1;                                          \
                }                                                                            \
                *(V *)c0 = s00; *(V *)(c0 + WIDTH) = s01;                                    \
                *(V *)c1 = s10; *(V *)(c1 + WIDTH) = s11;                                    \
                *(V *)c2 = s20; *(V *)(c2 + WIDTH) = s21;                                    \
                *(V *)c3 = s30; *(V *)(c3 + WIDTH) = s31;                                    \
            }                                                                                \
            for (; i < m; i++) {                                                             \
                float *ci = c + i * n + j;                                                   \
                V s0 = *(V *)ci, s1 = *(V *)(ci + WIDTH);                                    \
                const float *ai = a + i * k, *bp = b + j;                                    \
                for (long p = 0; p < k; p++, bp += n) {                                      \
                    V v = SPLAT(ai[p]);                                                      \
                    s0 += v * *(const V *)bp; s1 += v * *(const V *)(bp + WIDTH);            \
                }                                                                            \
                *(V *)ci = s0; *(V *)(ci + WIDTH) = s1;                                      \
            }                                                                                \
        }                                                                                    \
        if (j < n) {                                                                         \
            for (long i = 0; i < m; i++) {                                                   \
                float *ci = c + i * n;                                                       \
                const float *ai = a + i * k;                                                 \
                for (long p = 0; p < k; p++) {                                               \
                    float v = ai[p];                                                         \
                    const float *bp = b + p * n;                                             \
                    for (long jj = j; jj < n; jj++) ci[jj] += v * bp[jj];                    \
                }                                                                            \
            }                                                                                \
        }                                                                                    \
    }

DEFINE_KERNEL(gemm_avx512, __attribute__((target("avx512f"))), 16)
DEFINE_KERNEL(gemm_avx2, __attribute__((target("avx2"))), 8)
DEFINE_KERNEL(gemm_sse, , 4)

typedef void (*gemm_fn)(long, long, long, const float *, const float *, float *);

static gemm_fn choose(void) {
#if defined(__x86_64__)
    __builtin_cpu_init();
    if (__builtin_cpu_supports("avx512f")) return gemm_avx512;
    if (__builtin_cpu_supports("avx2")) return gemm_avx2;
#endif
    return gemm_sse;
}

void nnlab_sgemm_nn(long m, long n, long k, const float *a, const float *b, float *c) {
    static gemm_fn kernel = 0;
    gemm_fn chosen = __atomic_load_n(&kernel, __ATOMIC_RELAXED);
    if (!chosen) {
        chosen = choose();  // every thread computes the same pointer
        __atomic_store_n(&kernel, chosen, __ATOMIC_RELAXED);
    }
    chosen(m, n, k, a, b, c);
}

int nnlab_sgemm_nn_level(int level, long m, long n, long k, const float *a, const float *b, float *c) {
#if defined(__x86_64__)
    __builtin_cpu_init();
    if (level == 2 && __builtin_cpu_supports("avx512f")) { gemm_avx512(m, n, k, a, b, c); return 1; }
    if (level == 1 && __builtin_cpu_supports("avx2")) { gemm_avx2(m, n, k, a, b, c); return 1; }
#endif
    if (level == 0) { gemm_sse(m, n, k, a, b, c); return 1; }
    return 0;
}

const char *nnlab_sgemm_kernel_name(void) {
    gemm_fn k = choose();
    return k == gemm_avx512 ? "avx512" : (k == gemm_avx2 ? "avx2" : "sse2");
}
