#ifndef NNLAB_CKERNELS_H
#define NNLAB_CKERNELS_H

/// Element-wise optimiser updates that need a vectorised square root. Swift's
/// `Float.squareRoot()` keeps C's errno semantics on Linux, which stops the compiler from
/// vectorising loops over it; these C loops are compiled with -fno-math-errno instead.

/// Adam (PyTorch's arrangement) over n values:
///   m = b1 m + (1-b1) g;  v = b2 v + (1-b2) g^2;
///   w = w*decay - step_size * m / (sqrt(v) / root_correction2 + eps)
void nnlab_adam_update(float *w, const float *g, float *m, float *v, long n,
                       float b1, float b2, float eps, float step_size,
                       float root_correction2, float decay);

/// RMSProp (rho) or, when rho < 0, Adagrad over n values:
///   s = rho s + (1-rho) g^2   (Adagrad: s = s + g^2);  w = w - lr * g / (sqrt(s) + eps)
void nnlab_scaled_update(float *w, const float *g, float *s, long n,
                         float lr, float rho, float eps);

/// C[m×n] += A[m×k] · B[k×n] (row-major), with the widest vectors the CPU has (AVX-512,
/// AVX2 or SSE2, chosen at run time); every path gives the same bits.
void nnlab_sgemm_nn(long m, long n, long k, const float *a, const float *b, float *c);

/// The same product with one build forced: 0 SSE2, 1 AVX2, 2 AVX-512. Returns 0 (and does
/// nothing) when the CPU lacks it. For tests that prove every build gives the same bits.
int nnlab_sgemm_nn_level(int level, long m, long n, long k, const float *a, const float *b, float *c);

/// Which matrix kernel `nnlab_sgemm_nn` uses on this CPU: "avx512", "avx2" or "sse2".
const char *nnlab_sgemm_kernel_name(void);

#endif
