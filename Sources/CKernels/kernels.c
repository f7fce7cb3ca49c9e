#include "CKernels.h"
#include <math.h>

// Built for AVX-512, AVX2 and plain x86-64, the loader picking one for the CPU. Square roots
// and divisions are correctly rounded in every width and nothing is fused (-ffp-contract=off),
// so every build gives the same bits.
#if defined(__x86_64__)
#define NNLAB_CLONES __attribute__((target_clones("avx512f", "avx2", "default")))
#else
#define NNLAB_CLONES
#endif

NNLAB_CLONES
void nnlab_adam_update(float *restrict w, const float *restrict g, float *restrict m,
                       float *restrict v, long n, float b1, float b2, float eps,
                       float step_size, float root_correction2, float decay) {
    for (long i = 0; i < n; i++) {
        float gi = g[i];
        float mi = b1 * m[i] + (1.0f - b1) * gi;
        float vi = b2 * v[i] + (1.0f - b2) * gi * gi;
        m[i] = mi;
        v[i] = vi;
        w[i] = w[i] * decay - step_size * mi / (sqrtf(vi) / root_correction2 + eps);
    }
}

NNLAB_CLONES
void nnlab_scaled_update(float *restrict w, const float *restrict g, float *restrict s,
                         long n, float lr, float rho, float eps) {
    if (rho < 0) {
        for (long i = 0; i < n; i++) {
            float si = s[i] + g[i] * g[i];
            s[i] = si;
            w[i] -= lr * g[i] / (sqrtf(si) + eps);
        }
    } else {
        for (long i = 0; i < n; i++) {
            float si = rho * s[i] + (1.0f - rho) * g[i] * g[i];
            s[i] = si;
            w[i] -= lr * g[i] / (sqrtf(si) + eps);
        }
    }
}
