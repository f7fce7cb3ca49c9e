#include "CKernels.h"
#include <math.h>

// Multi-head scaled dot-product attention, forward and backward, for every (example, head)
// pair at once.
//
// Layout ("blocks"): the (example, head) pairs p = n·heads + j are taken 16 at a time; block c
// holds pairs 16c … 16c+15 (the last block padded with zeros), and within a block a row holds
// one position's value for the 16 pairs: Q[s][d][l] for query position s < T and d < d_k,
// K[u][d][l] and V[u][d][l] for key position u < S, the weights A[s][u][l], l < 16. A block's
// rows are contiguous (so a block's working set stays in the L1 cache).
//
// Each line below works on a row of 16 (the type V16): one vector operation for 16 pairs,
// the same IEEE operations in the same order for every pair and in every build (the same
// bits). For one pair:
//
//     A[s][u] = softmax over u of  (Σ_d Q[s][d] K[u][d]) / √d_k    (u > s masked when causal)
//     O[s][d] = Σ_u A[s][u] V[u][d]
#if defined(__x86_64__)
#define NNLAB_CLONES __attribute__((target_clones("avx512f", "avx2", "default")))
#else
#define NNLAB_CLONES
#endif

#define B16 NNLAB_ATTENTION_BLOCK

NNLAB_CLONES
void nnlab_attention_pack(long batch, long steps, long heads, long width, const float *restrict x,
                          float *restrict out) {
    long pairs = batch * heads, model = heads * width, rows = steps * width;
    long blocks = (pairs + B16 - 1) / B16;
    if (pairs % B16 != 0)  // the last block's unused pairs are zeros
        for (long i = (blocks - 1) * rows * B16; i < blocks * rows * B16; i++) out[i] = 0.0f;
    for (long n = 0; n < batch; n++)
        for (long j = 0; j < heads; j++) {
            long p = n * heads + j;
            float *block = out + (p / B16) * rows * B16 + p % B16;
            for (long s = 0; s < steps; s++) {
                const float *source = x + (n * steps + s) * model + j * width;
                for (long d = 0; d < width; d++) block[(s * width + d) * B16] = source[d];
            }
        }
}

NNLAB_CLONES
void nnlab_attention_unpack(long batch, long steps, long heads, long width, const float *restrict in,
                            float *restrict x) {
    long model = heads * width, rows = steps * width;
    for (long n = 0; n < batch; n++)
        for (long j = 0; j < heads; j++) {
            long p = n * heads + j;
            const float *block = in + (p / B16) * rows * B16 + p % B16;
            for (long s = 0; s < steps; s++) {
                float *target = x + (n * steps + s) * model + j * width;
                for (long d = 0; d < width; d++) target[d] = block[(s * width + d) * B16];
            }
        }
}

// 16 floats, one per (example, head) pair of a block; lowered to one AVX-512 register, two
// AVX2 or four SSE registers by each build. Loads and stores need no alignment.
typedef float V16 __attribute__((vector_size(B16 * 4), aligned(4)));
typedef int I16 __attribute__((vector_size(B16 * 4), aligned(4)));
#define AT(p) (*(V16 *)(p))
#define AT_CONST(p) (*(const V16 *)(p))

// a where mask is set, b elsewhere (a macro: vector arguments of functions would need one ABI).
#define SELECT16(mask, a, b) ((V16)(((I16)(a) & (mask)) | ((I16)(b) & ~(mask))))

NNLAB_CLONES
void nnlab_attention_forward(long blocks, long queries, long keys, long width, int causal, float scale,
                             const float *restrict q, const float *restrict k, const float *restrict v,
                             float *restrict weights, float *restrict out) {
    const V16 zero = {0}, masked = zero - INFINITY;
    long q_rows = queries * width, kv_rows = keys * width, a_rows = queries * keys;
    // scores, less each row's largest: a[s][u] = (Σ_d Q[s][d] K[u][d]) / √d_k − max_u
    for (long c = 0; c < blocks; c++) {
        const float *Q = q + c * q_rows * B16, *K = k + c * kv_rows * B16;
        float *A = weights + c * a_rows * B16;
        for (long s = 0; s < queries; s++) {
            V16 top = masked;
            for (long u = 0; u < keys; u++) {
                V16 score = masked;  // a future key, when causal
                if (!causal || u <= s) {
                    score = zero;
                    for (long d = 0; d < width; d++)
                        score += AT_CONST(Q + (s * width + d) * B16) * AT_CONST(K + (u * width + d) * B16);
                    score *= scale;
                }
                AT(A + (s * keys + u) * B16) = score;
                top = SELECT16(score > top, score, top);  // key 0 is never masked
            }
            for (long u = 0; u < keys; u++) AT(A + (s * keys + u) * B16) -= top;
        }
    }
    nnlab_exp(weights, weights, blocks * a_rows * B16);  // e^(score − max); e^−∞ = 0
    for (long c = 0; c < blocks; c++) {
        const float *V = v + c * kv_rows * B16;
        float *A = weights + c * a_rows * B16, *O = out + c * q_rows * B16;
        for (long s = 0; s < queries; s++) {
            V16 total = zero;
            for (long u = 0; u < keys; u++) total += AT_CONST(A + (s * keys + u) * B16);
            for (long u = 0; u < keys; u++) AT(A + (s * keys + u) * B16) /= total;  // A[s][u]
            // O[s][d] = Σ_u A[s][u] V[u][d]
            for (long d = 0; d < width; d++) {
                V16 o = zero;
                for (long u = 0; u < keys; u++) o += AT_CONST(A + (s * keys + u) * B16) * AT_CONST(V + (u * width + d) * B16);
                AT(O + (s * width + d) * B16) = o;
            }
        }
    }
}

NNLAB_CLONES
void nnlab_attention_backward(long blocks, long queries, long keys, long width, float scale,
                              const float *restrict q, const float *restrict k, const float *restrict v,
                              const float *restrict weights, const float *restrict d_out,
                              float *restrict d_scores, float *restrict dq, float *restrict dk,
                              float *restrict dv) {
    const V16 zero = {0};
    long q_rows = queries * width, kv_rows = keys * width, a_rows = queries * keys;
    for (long i = 0; i < blocks * kv_rows * B16; i++) { dk[i] = 0.0f; dv[i] = 0.0f; }
    for (long c = 0; c < blocks; c++) {
        const float *Q = q + c * q_rows * B16, *K = k + c * kv_rows * B16, *V = v + c * kv_rows * B16;
        const float *A = weights + c * a_rows * B16, *G = d_out + c * q_rows * B16;
        float *DS = d_scores + c * a_rows * B16, *DQ = dq + c * q_rows * B16;
        float *DK = dk + c * kv_rows * B16, *DV = dv + c * kv_rows * B16;
        for (long s = 0; s < queries; s++) {
            // O[s][d] = Σ_u A[s][u] V[u][d]  →  ∂L/∂A[s][u] = Σ_d ∂L/∂O[s][d] V[u][d],
            //                                     ∂L/∂V[u][d] += A[s][u] ∂L/∂O[s][d]
            V16 dot = zero;  // Σ_u A[s][u] ∂L/∂A[s][u]
            for (long u = 0; u < keys; u++) {
                V16 a = AT_CONST(A + (s * keys + u) * B16), da = zero;
                for (long d = 0; d < width; d++) {
                    V16 go = AT_CONST(G + (s * width + d) * B16);
                    da += go * AT_CONST(V + (u * width + d) * B16);
                    AT(DV + (u * width + d) * B16) += a * go;
                }
                AT(DS + (s * keys + u) * B16) = da;
                dot += a * da;
            }
            // softmax: ∂L/∂score[u] = A[u] (∂L/∂A[u] − Σ_u′ A[u′] ∂L/∂A[u′]); × 1/√d_k for Q·K
            for (long u = 0; u < keys; u++) {
                V16 a = AT_CONST(A + (s * keys + u) * B16);
                float *ds = DS + (s * keys + u) * B16;
                AT(ds) = a * (AT(ds) - dot) * scale;
            }
            // score[u] = Σ_d Q[s][d] K[u][d] / √d_k  →  ∂L/∂Q[s][d] = Σ_u ds[u] K[u][d],
            //                                             ∂L/∂K[u][d] += ds[u] Q[s][d]
            for (long d = 0; d < width; d++) {
                V16 qd = AT_CONST(Q + (s * width + d) * B16), gq = zero;
                for (long u = 0; u < keys; u++) {
                    V16 ds = AT_CONST(DS + (s * keys + u) * B16);
                    gq += ds * AT_CONST(K + (u * width + d) * B16);
                    AT(DK + (u * width + d) * B16) += ds * qd;
                }
                AT(DQ + (s * width + d) * B16) = gq;
            }
        }
    }
}
