#include "CKernels.h"

// C[m×n] += A[m×k] · B[k×n] ("nn"), or C += Aᵀ·B for A stored as [k×m] ("tn"), row-major, in
// three builds of one register-blocked kernel: AVX-512, AVX2 and plain SSE2, chosen once at run
// time from what the CPU supports. The two forms differ only in where A's values are read.
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

// Rows i … i+R−1 and columns j … j+2·WIDTH−1 of C, held in 2R vector registers while p runs
// over k (the loops over r have constant bounds, so the compiler unrolls them).
#define ROW_BLOCK(R, WIDTH, A_AT)                                                            \
    for (; i + (R) <= m; i += (R)) {                                                         \
        V s[R][2];                                                                           \
        for (int r = 0; r < (R); r++) {                                                      \
            s[r][0] = *(V *)(c + (i + r) * n + j);                                           \
            s[r][1] = *(V *)(c + (i + r) * n + j + WIDTH);                                   \
        }                                                                                    \
        const float *bp = b + j;                                                             \
        for (long p = 0; p < k; p++, bp += n) {                                              \
            V b0 = *(const V *)bp, b1 = *(const V *)(bp + WIDTH);                           \
            for (int r = 0; r < (R); r++) {                                                  \
                V v = SPLAT(A_AT(i + r, p));                                                 \
                s[r][0] += v * b0;                                                           \
                s[r][1] += v * b1;                                                           \
            }                                                                                \
        }                                                                                    \
        for (int r = 0; r < (R); r++) {                                                      \
            *(V *)(c + (i + r) * n + j) = s[r][0];                                           \
            *(V *)(c + (i + r) * n + j + WIDTH) = s[r][1];                                   \
        }                                                                                    \
    }

// One build: blocks of ROWS rows (8 with AVX-512's 32 registers, 4 with 16), then of 4, then
// single rows; columns in tiles of two vectors, the last n mod 2·WIDTH columns one by one.
#define DEFINE_KERNEL(NAME, ATTR, WIDTH, ROWS, A_AT)                                         \
    typedef float NAME##_vec __attribute__((vector_size(WIDTH * 4), aligned(4)));            \
    ATTR static void NAME(long m, long n, long k, const float *restrict a,                    \
                          const float *restrict b, float *restrict c) {                      \
        typedef NAME##_vec V;                                                                \
        const long tile = 2 * WIDTH;                                                         \
        long j = 0;                                                                          \
        for (; j + tile <= n; j += tile) {                                                   \
            long i = 0;                                                                      \
            ROW_BLOCK(ROWS, WIDTH, A_AT)                                                     \
            ROW_BLOCK(4, WIDTH, A_AT)                                                        \
            ROW_BLOCK(1, WIDTH, A_AT)                                                        \
        }                                                                                    \
        if (j < n) {                                                                         \
            for (long i = 0; i < m; i++) {                                                   \
                float *ci = c + i * n;                                                       \
                for (long p = 0; p < k; p++) {                                               \
                    float v = A_AT(i, p);                                                    \
                    const float *bp = b + p * n;                                             \
                    for (long jj = j; jj < n; jj++) ci[jj] += v * bp[jj];                    \
                }                                                                            \
            }                                                                                \
        }                                                                                    \
    }

// Where A's value for row `row` of C and step p of the sum is read.
#define A_NN(row, p) a[(row) * k + (p)]
#define A_TN(row, p) a[(p) * m + (row)]

DEFINE_KERNEL(gemm_avx512, __attribute__((target("avx512f"))), 16, 8, A_NN)
DEFINE_KERNEL(gemm_avx2, __attribute__((target("avx2"))), 8, 4, A_NN)
DEFINE_KERNEL(gemm_sse, , 4, 4, A_NN)
DEFINE_KERNEL(gemm_tn_avx512, __attribute__((target("avx512f"))), 16, 8, A_TN)
DEFINE_KERNEL(gemm_tn_avx2, __attribute__((target("avx2"))), 8, 4, A_TN)
DEFINE_KERNEL(gemm_tn_sse, , 4, 4, A_TN)

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

void nnlab_sgemm_tn(long m, long n, long k, const float *a, const float *b, float *c) {
    static gemm_fn kernel = 0;
    gemm_fn chosen = __atomic_load_n(&kernel, __ATOMIC_RELAXED);
    if (!chosen) {
        gemm_fn nn = choose();  // every thread computes the same pointer
        chosen = nn == gemm_avx512 ? gemm_tn_avx512 : (nn == gemm_avx2 ? gemm_tn_avx2 : gemm_tn_sse);
        __atomic_store_n(&kernel, chosen, __ATOMIC_RELAXED);
    }
    chosen(m, n, k, a, b, c);
}

int nnlab_sgemm_tn_level(int level, long m, long n, long k, const float *a, const float *b, float *c) {
#if defined(__x86_64__)
    __builtin_cpu_init();
    if (level == 2 && __builtin_cpu_supports("avx512f")) { gemm_tn_avx512(m, n, k, a, b, c); return 1; }
    if (level == 1 && __builtin_cpu_supports("avx2")) { gemm_tn_avx2(m, n, k, a, b, c); return 1; }
#endif
    if (level == 0) { gemm_tn_sse(m, n, k, a, b, c); return 1; }
    return 0;
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
