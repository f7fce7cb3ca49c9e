#include "CKernels.h"

// The value-by-value part of one time step of the recurrent cells, forward and backward, for a
// batch of B examples (rows) of H hidden units. The matrix products and the gate activations
// run around these, in the Swift kernels (Sources/Autodiff/Sequence); each line here is one of
// the seed's equations or one step of its derivative, named by the comment beside it.
//
// Built for AVX-512, AVX2 and plain x86-64, the loader picking one for the CPU. Every element
// goes through the same IEEE operations in every build (element by element, nothing fused
// (-ffp-contract=off) or reordered), so every build gives the same bits.
#if defined(__x86_64__)
#define NNLAB_CLONES __attribute__((target_clones("avx512f", "avx2", "default")))
#else
#define NNLAB_CLONES
#endif

// ---- LSTM: gate rows [i | f | a | o], 4H values per example ------------------------------

NNLAB_CLONES
void nnlab_lstm_cell_forward(long batch, long hidden, const float *restrict gates,
                             const float *restrict c_prev, float *restrict c,
                             float *restrict tanh_c, float *restrict h) {
    for (long n = 0; n < batch; n++) {
        const float *i = gates + n * 4 * hidden, *f = i + hidden, *a = i + 2 * hidden;
        const float *cp = c_prev + n * hidden;
        float *cn = c + n * hidden;
        for (long j = 0; j < hidden; j++) cn[j] = f[j] * cp[j] + i[j] * a[j];  // c_t = f_t ⊙ c_{t−1} + i_t ⊙ a_t
    }
    nnlab_tanh_rows(c, batch * hidden, tanh_c, batch * hidden, 1, batch * hidden);  // tanh(c_t)
    for (long n = 0; n < batch; n++) {
        const float *o = gates + n * 4 * hidden + 3 * hidden;
        const float *tc = tanh_c + n * hidden;
        float *hn = h + n * hidden;
        for (long j = 0; j < hidden; j++) hn[j] = o[j] * tc[j];  // h_t = o_t ⊙ tanh(c_t)
    }
}

NNLAB_CLONES
void nnlab_lstm_cell_backward(long batch, long hidden, const float *restrict gates,
                              const float *restrict c_prev, const float *restrict tanh_c,
                              const float *restrict d_out, long d_out_stride,
                              const float *restrict dh_next, float *restrict dh,
                              float *restrict dc, float *restrict d_gates) {
    for (long n = 0; n < batch; n++) {
        const float *i = gates + n * 4 * hidden, *f = i + hidden, *a = i + 2 * hidden, *o = i + 3 * hidden;
        float *d_i = d_gates + n * 4 * hidden, *d_f = d_i + hidden, *d_a = d_i + 2 * hidden, *d_o = d_i + 3 * hidden;
        const float *cp = c_prev + n * hidden, *tc = tanh_c + n * hidden;
        const float *g = d_out + n * d_out_stride, *next = dh_next + n * hidden;
        float *dhn = dh + n * hidden, *dcn = dc + n * hidden;
        for (long j = 0; j < hidden; j++) dhn[j] = g[j] + next[j];  // ∂L/∂h_t: from the output at t and from step t+1
        for (long j = 0; j < hidden; j++) {
            float dcj = dcn[j] + dhn[j] * o[j] * (1.0f - tc[j] * tc[j]);  // h_t = o_t ⊙ tanh(c_t) → c_t (+ c_{t+1}'s share)
            d_o[j] = dhn[j] * tc[j] * o[j] * (1.0f - o[j]);               // h_t = o_t ⊙ tanh(c_t) → o_t = σ(·)
            d_i[j] = dcj * a[j] * i[j] * (1.0f - i[j]);                   // c_t = … + i_t ⊙ a_t → i_t = σ(·)
            d_f[j] = dcj * cp[j] * f[j] * (1.0f - f[j]);                  // c_t = f_t ⊙ c_{t−1} + … → f_t = σ(·)
            d_a[j] = dcj * i[j] * (1.0f - a[j] * a[j]);                   // c_t = … + i_t ⊙ a_t → a_t = tanh(·)
            dcn[j] = dcj * f[j];                                          // c_t = f_t ⊙ c_{t−1} + … → c_{t−1}
        }
    }
}

// ---- GRU (the seed's form): gate rows [z | r], 2H values per example; h̃ in its own rows --

NNLAB_CLONES
void nnlab_gru_reset_hidden(long batch, long hidden, const float *restrict zr,
                            const float *restrict h_prev, float *restrict rh) {
    for (long n = 0; n < batch; n++) {
        const float *r = zr + n * 2 * hidden + hidden, *hp = h_prev + n * hidden;
        float *out = rh + n * hidden;
        for (long j = 0; j < hidden; j++) out[j] = r[j] * hp[j];  // r_t ⊙ h_{t−1}
    }
}

NNLAB_CLONES
void nnlab_gru_cell_forward(long batch, long hidden, const float *restrict zr,
                            const float *restrict candidate, const float *restrict h_prev,
                            float *restrict h) {
    for (long n = 0; n < batch; n++) {
        const float *z = zr + n * 2 * hidden, *ht = candidate + n * hidden, *hp = h_prev + n * hidden;
        float *hn = h + n * hidden;
        for (long j = 0; j < hidden; j++) hn[j] = (1.0f - z[j]) * hp[j] + z[j] * ht[j];  // h_t = (1 − z_t) ⊙ h_{t−1} + z_t ⊙ h̃_t
    }
}

NNLAB_CLONES
void nnlab_gru_cell_backward_update(long batch, long hidden, const float *restrict zr,
                                    const float *restrict candidate, const float *restrict h_prev,
                                    const float *restrict d_out, long d_out_stride,
                                    const float *restrict dh_next, float *restrict dh,
                                    float *restrict d_zr, float *restrict d_candidate,
                                    float *restrict dh_prev) {
    for (long n = 0; n < batch; n++) {
        const float *z = zr + n * 2 * hidden, *ht = candidate + n * hidden, *hp = h_prev + n * hidden;
        const float *g = d_out + n * d_out_stride, *next = dh_next + n * hidden;
        float *dhn = dh + n * hidden, *d_z = d_zr + n * 2 * hidden, *d_ht = d_candidate + n * hidden;
        float *dhp = dh_prev + n * hidden;
        for (long j = 0; j < hidden; j++) dhn[j] = g[j] + next[j];  // ∂L/∂h_t: from the output at t and from step t+1
        for (long j = 0; j < hidden; j++) {
            d_z[j] = dhn[j] * (ht[j] - hp[j]) * z[j] * (1.0f - z[j]);     // h_t = (1 − z_t) ⊙ h_{t−1} + z_t ⊙ h̃_t → z_t = σ(·)
            d_ht[j] = dhn[j] * z[j] * (1.0f - ht[j] * ht[j]);             // … + z_t ⊙ h̃_t → h̃_t = tanh(·)
            dhp[j] = dhn[j] * (1.0f - z[j]);                              // (1 − z_t) ⊙ h_{t−1} → h_{t−1}
        }
    }
}

NNLAB_CLONES
void nnlab_gru_cell_backward_reset(long batch, long hidden, const float *restrict zr,
                                   const float *restrict h_prev, const float *restrict d_rh,
                                   float *restrict d_zr, float *restrict dh_prev) {
    for (long n = 0; n < batch; n++) {
        const float *r = zr + n * 2 * hidden + hidden, *hp = h_prev + n * hidden, *drh = d_rh + n * hidden;
        float *d_r = d_zr + n * 2 * hidden + hidden, *dhp = dh_prev + n * hidden;
        for (long j = 0; j < hidden; j++) {
            d_r[j] = drh[j] * hp[j] * r[j] * (1.0f - r[j]);  // h̃_t = tanh(W [r_t ⊙ h_{t−1}, x_t] + b) → r_t = σ(·)
            dhp[j] += drh[j] * r[j];                         // … r_t ⊙ h_{t−1} → h_{t−1}
        }
    }
}

// ---- RNN: h_t = σ(W x_t + V h_{t−1} + b) ---------------------------------------------------

NNLAB_CLONES
void nnlab_rnn_cell_backward(int activation, long batch, long hidden, const float *restrict h,
                             const float *restrict d_out, long d_out_stride,
                             const float *restrict dh_next, float *restrict dh,
                             float *restrict d_pre) {
    for (long n = 0; n < batch; n++) {
        const float *hn = h + n * hidden, *g = d_out + n * d_out_stride, *next = dh_next + n * hidden;
        float *dhn = dh + n * hidden, *dp = d_pre + n * hidden;
        for (long j = 0; j < hidden; j++) dhn[j] = g[j] + next[j];  // ∂L/∂h_t: from the output at t and from step t+1
        switch (activation) {  // σ′ from σ's output h_t
        case NNLAB_RNN_TANH:
            for (long j = 0; j < hidden; j++) dp[j] = dhn[j] * (1.0f - hn[j] * hn[j]);  // tanh′ = 1 − h²
            break;
        case NNLAB_RNN_RELU:
            for (long j = 0; j < hidden; j++) dp[j] = hn[j] > 0.0f ? dhn[j] : 0.0f;  // relu′ = 1 where h > 0
            break;
        default:
            for (long j = 0; j < hidden; j++) dp[j] = dhn[j] * hn[j] * (1.0f - hn[j]);  // σ′ = h (1 − h)
            break;
        }
    }
}

NNLAB_CLONES
void nnlab_relu_rows(float *x, long rows, long cols, long stride) {
    for (long r = 0; r < rows; r++) {
        float *row = x + r * stride;
        for (long j = 0; j < cols; j++) row[j] = row[j] > 0.0f ? row[j] : 0.0f;
    }
}
