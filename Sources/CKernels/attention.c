#include "CKernels.h"
#include <math.h>

// Multi-head scaled dot-product attention, forward and backward, with every (example, head)
// pair computed at once: in the layout used here the innermost index l runs over the L = B·heads
// pairs, so each line below is one vector operation across all of them (and the same
// IEEE operations in the same order for every pair, in every build: the same bits).
//
// Layout ("lanes"): Q[s][d][l] for query position s < T, K[u][d][l] and V[u][d][l] for key
// position u < S, d < d_k; weights A[s][u][l]. For one pair l, head j of example n:
//
//     A[s][u] = softmax over u of  (Σ_d Q[s][d] K[u][d]) / √d_k    (u > s masked when causal)
//     O[s][d] = Σ_u A[s][u] V[u][d]
#if defined(__x86_64__)
#define NNLAB_CLONES __attribute__((target_clones("avx512f", "avx2", "default")))
#else
#define NNLAB_CLONES
#endif

NNLAB_CLONES
void nnlab_attention_pack(long batch, long steps, long heads, long width, const float *restrict x,
                          float *restrict lanes) {
    long lane_count = batch * heads, model = heads * width;
    for (long n = 0; n < batch; n++)
        for (long s = 0; s < steps; s++)
            for (long j = 0; j < heads; j++)
                for (long d = 0; d < width; d++)
                    lanes[(s * width + d) * lane_count + n * heads + j] = x[(n * steps + s) * model + j * width + d];
}

NNLAB_CLONES
void nnlab_attention_unpack(long batch, long steps, long heads, long width, const float *restrict lanes,
                            float *restrict x) {
    long lane_count = batch * heads, model = heads * width;
    for (long n = 0; n < batch; n++)
        for (long s = 0; s < steps; s++)
            for (long j = 0; j < heads; j++)
                for (long d = 0; d < width; d++)
                    x[(n * steps + s) * model + j * width + d] = lanes[(s * width + d) * lane_count + n * heads + j];
}

NNLAB_CLONES
void nnlab_attention_forward(long lanes, long queries, long keys, long width, int causal, float scale,
                             const float *restrict q, const float *restrict k, const float *restrict v,
                             float *restrict weights, float *restrict out, float *restrict scratch) {
    float *top = scratch, *total = scratch + lanes;
    for (long s = 0; s < queries; s++) {
        // scores: a[u] = (Σ_d Q[s][d] K[u][d]) · scale, or −∞ for a masked (future) key
        for (long u = 0; u < keys; u++) {
            float *a = weights + (s * keys + u) * lanes;
            if (causal && u > s) {
                for (long l = 0; l < lanes; l++) a[l] = -INFINITY;
                continue;
            }
            for (long l = 0; l < lanes; l++) a[l] = 0.0f;
            for (long d = 0; d < width; d++) {
                const float *qd = q + (s * width + d) * lanes, *kd = k + (u * width + d) * lanes;
                for (long l = 0; l < lanes; l++) a[l] += qd[l] * kd[l];
            }
            for (long l = 0; l < lanes; l++) a[l] *= scale;
        }
        // softmax over the keys, stably: subtract the row's largest score first (key 0 is never masked)
        for (long l = 0; l < lanes; l++) top[l] = weights[s * keys * lanes + l];
        for (long u = 1; u < keys; u++) {
            const float *a = weights + (s * keys + u) * lanes;
            for (long l = 0; l < lanes; l++) top[l] = a[l] > top[l] ? a[l] : top[l];
        }
        for (long u = 0; u < keys; u++) {
            float *a = weights + (s * keys + u) * lanes;
            for (long l = 0; l < lanes; l++) a[l] = a[l] - top[l];
        }
    }
    nnlab_exp(weights, weights, queries * keys * lanes);  // e^(score − max); e^−∞ = 0
    for (long s = 0; s < queries; s++) {
        for (long l = 0; l < lanes; l++) total[l] = 0.0f;
        for (long u = 0; u < keys; u++) {
            const float *a = weights + (s * keys + u) * lanes;
            for (long l = 0; l < lanes; l++) total[l] += a[l];
        }
        for (long u = 0; u < keys; u++) {
            float *a = weights + (s * keys + u) * lanes;
            for (long l = 0; l < lanes; l++) a[l] = a[l] / total[l];  // A[s][u]
        }
        // O[s][d] = Σ_u A[s][u] V[u][d]
        for (long d = 0; d < width; d++) {
            float *o = out + (s * width + d) * lanes;
            for (long l = 0; l < lanes; l++) o[l] = 0.0f;
            for (long u = 0; u < keys; u++) {
                const float *a = weights + (s * keys + u) * lanes, *vd = v + (u * width + d) * lanes;
                for (long l = 0; l < lanes; l++) o[l] += a[l] * vd[l];
            }
        }
    }
}

NNLAB_CLONES
void nnlab_attention_backward(long lanes, long queries, long keys, long width, float scale,
                              const float *restrict q, const float *restrict k, const float *restrict v,
                              const float *restrict weights, const float *restrict d_out,
                              float *restrict d_scores, float *restrict dq, float *restrict dk,
                              float *restrict dv, float *restrict scratch) {
    float *dot = scratch;
    for (long i = 0; i < keys * width * lanes; i++) { dk[i] = 0.0f; dv[i] = 0.0f; }
    for (long s = 0; s < queries; s++) {
        // O[s][d] = Σ_u A[s][u] V[u][d]  →  ∂L/∂V[u][d] += A[s][u] ∂L/∂O[s][d],  ∂L/∂A[s][u] = Σ_d ∂L/∂O[s][d] V[u][d]
        for (long u = 0; u < keys; u++) {
            const float *a = weights + (s * keys + u) * lanes;
            float *da = d_scores + (s * keys + u) * lanes;
            for (long l = 0; l < lanes; l++) da[l] = 0.0f;
            for (long d = 0; d < width; d++) {
                const float *go = d_out + (s * width + d) * lanes, *vd = v + (u * width + d) * lanes;
                float *gv = dv + (u * width + d) * lanes;
                for (long l = 0; l < lanes; l++) gv[l] += a[l] * go[l];
                for (long l = 0; l < lanes; l++) da[l] += go[l] * vd[l];
            }
        }
        // softmax: ∂L/∂score[u] = A[u] (∂L/∂A[u] − Σ_u′ A[u′] ∂L/∂A[u′]), then × scale for Q·K
        for (long l = 0; l < lanes; l++) dot[l] = 0.0f;
        for (long u = 0; u < keys; u++) {
            const float *a = weights + (s * keys + u) * lanes, *da = d_scores + (s * keys + u) * lanes;
            for (long l = 0; l < lanes; l++) dot[l] += a[l] * da[l];
        }
        for (long u = 0; u < keys; u++) {
            const float *a = weights + (s * keys + u) * lanes;
            float *ds = d_scores + (s * keys + u) * lanes;
            for (long l = 0; l < lanes; l++) ds[l] = a[l] * (ds[l] - dot[l]) * scale;
        }
        // score[u] = Σ_d Q[s][d] K[u][d] · scale  →  ∂L/∂Q[s][d] = Σ_u ds[u] K[u][d],  ∂L/∂K[u][d] += ds[u] Q[s][d]
        for (long d = 0; d < width; d++) {
            float *gq = dq + (s * width + d) * lanes;
            const float *qd = q + (s * width + d) * lanes;
            for (long l = 0; l < lanes; l++) gq[l] = 0.0f;
            for (long u = 0; u < keys; u++) {
                const float *ds = d_scores + (s * keys + u) * lanes, *kd = k + (u * width + d) * lanes;
                float *gk = dk + (u * width + d) * lanes;
                for (long l = 0; l < lanes; l++) gq[l] += ds[l] * kd[l];
                for (long l = 0; l < lanes; l++) gk[l] += ds[l] * qd[l];
            }
        }
    }
}
