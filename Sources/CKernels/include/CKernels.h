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

/// C[m×n] += Aᵀ · B[k×n] for A stored row-major as [k×m]: the same sums in the same order as
/// nnlab_sgemm_nn on a transposed copy of A (the same bits), without making the copy.
void nnlab_sgemm_tn(long m, long n, long k, const float *a, const float *b, float *c);

/// nnlab_sgemm_tn with one build forced (as nnlab_sgemm_nn_level). For tests.
int nnlab_sgemm_tn_level(int level, long m, long n, long k, const float *a, const float *b, float *c);

/// Which matrix kernel `nnlab_sgemm_nn` uses on this CPU: "avx512", "avx2" or "sse2".
const char *nnlab_sgemm_kernel_name(void);

/// e^x, the logistic function and tanh on blocks of floats, with the widest vectors the CPU
/// has; every build gives the same bits. e^x is within 2 ulp (0 below −87.33, +inf above
/// 88.72); sigmoid is 1/(1 + e^−x) and tanh 1 − 2/(e^2x + 1) (a series below |x| = 1/8),
/// within a few ulp of Tensor.sigmoid and Tensor.tanh.
/// y[i] = e^x[i] for n contiguous values (y may be x).
void nnlab_exp(const float *x, float *y, long n);

/// y[r·y_stride + j] = σ(x[r·x_stride + j]) for r < rows, j < cols (y may be x).
void nnlab_sigmoid_rows(const float *x, long x_stride, float *y, long y_stride, long rows, long cols);

/// y[r·y_stride + j] = tanh(x[r·x_stride + j]) for r < rows, j < cols (y may be x).
void nnlab_tanh_rows(const float *x, long x_stride, float *y, long y_stride, long rows, long cols);

/// One function (0 exp, 1 sigmoid, 2 tanh) over n values with one build forced: 0 SSE2,
/// 1 AVX2, 2 AVX-512. Returns 0 (and does nothing) when the CPU lacks it. For tests.
int nnlab_activation_level(int level, int function, const float *x, float *y, long n);

/// The value-by-value part of one time step of the fused recurrent cells (recurrent_cells.c),
/// for `batch` rows of `hidden` units; the Swift kernels in Sources/Autodiff/Sequence call them
/// between the matrix products. Every build gives the same bits.
///
/// LSTM forward, gate rows [i|f|a|o] (after their activations):
///   c = f*c_prev + i*a;  tanh_c = tanh(c);  h = o*tanh_c
void nnlab_lstm_cell_forward(long batch, long hidden, const float *gates, const float *c_prev,
                             float *c, float *tanh_c, float *h);

/// LSTM backward for one step. dh = d_out (rows d_out_stride apart) + dh_next; dc holds
/// ∂L/∂c_t from step t+1 on entry and ∂L/∂c_{t−1} on return; d_gates receives ∂L/∂ the
/// pre-activations of i, f, a, o.
void nnlab_lstm_cell_backward(long batch, long hidden, const float *gates, const float *c_prev,
                              const float *tanh_c, const float *d_out, long d_out_stride,
                              const float *dh_next, float *dh, float *dc, float *d_gates);

/// GRU forward, gate rows [z|r] (after σ): rh = r*h_prev.
void nnlab_gru_reset_hidden(long batch, long hidden, const float *zr, const float *h_prev, float *rh);

/// GRU forward: h = (1 − z)*h_prev + z*candidate.
void nnlab_gru_cell_forward(long batch, long hidden, const float *zr, const float *candidate,
                            const float *h_prev, float *h);

/// GRU backward, first half: dh = d_out + dh_next; the z half of d_zr, d_candidate (∂L/∂ the
/// candidate's pre-activation) and dh_prev = dh*(1 − z).
void nnlab_gru_cell_backward_update(long batch, long hidden, const float *zr, const float *candidate,
                                    const float *h_prev, const float *d_out, long d_out_stride,
                                    const float *dh_next, float *dh, float *d_zr, float *d_candidate,
                                    float *dh_prev);

/// GRU backward, second half, from d_rh = ∂L/∂(r ⊙ h_prev): the r half of d_zr, and
/// dh_prev += d_rh*r.
void nnlab_gru_cell_backward_reset(long batch, long hidden, const float *zr, const float *h_prev,
                                   const float *d_rh, float *d_zr, float *dh_prev);

/// The activations of nnlab_rnn_cell_backward.
enum { NNLAB_RNN_TANH = 0, NNLAB_RNN_RELU = 1, NNLAB_RNN_SIGMOID = 2 };

/// RNN backward for one step: dh = d_out + dh_next; d_pre = dh*σ′, σ′ computed from h = σ(·).
void nnlab_rnn_cell_backward(int activation, long batch, long hidden, const float *h,
                             const float *d_out, long d_out_stride, const float *dh_next,
                             float *dh, float *d_pre);

/// x[r·stride + j] = max(x, 0) for r < rows, j < cols (NaN becomes 0, as Tensor.relu).
void nnlab_relu_rows(float *x, long rows, long cols, long stride);

/// Multi-head attention in the "blocks" layout of attention.c: the batch·heads (example, head)
/// pairs p = n·heads + j in blocks of NNLAB_ATTENTION_BLOCK (16); block c holds rows
/// X[position][d][l] for pairs 16c + l (zeros past the last pair), blocks one after another.
enum { NNLAB_ATTENTION_BLOCK = 16 };

/// x [batch, steps, heads·width] → blocks (⌈batch·heads/16⌉ · steps · width · 16 floats), and back.
void nnlab_attention_pack(long batch, long steps, long heads, long width, const float *x, float *out);
void nnlab_attention_unpack(long batch, long steps, long heads, long width, const float *in, float *x);

/// weights[s][u] = softmax over u of scale·Σ_d q[s][d] k[u][d] (u > s masked when causal);
/// out[s][d] = Σ_u weights[s][u] v[u][d]; for every pair, in blocks.
void nnlab_attention_forward(long blocks, long queries, long keys, long width, int causal, float scale,
                             const float *q, const float *k, const float *v, float *weights, float *out);

/// From d_out = ∂L/∂out: dq, dk, dv (overwritten), with d_scores as workspace (the size of weights).
void nnlab_attention_backward(long blocks, long queries, long keys, long width, float scale,
                              const float *q, const float *k, const float *v, const float *weights,
                              const float *d_out, float *d_scores, float *dq, float *dk, float *dv);

/// Asks the C allocator (glibc) to keep freed memory for reuse: blocks below 32 MiB come from
/// the heap and the heap is trimmed only past 512 MiB. Process-wide; returns 1 when applied,
/// 0 on a C library without these settings.
int nnlab_keep_freed_memory(void);

#endif
