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

#endif
