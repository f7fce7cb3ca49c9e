// One build of the vectorised exp, sigmoid and tanh, included by activations.c once per
// vector width with WIDTH, ATTR and NAME(x) defined. Private to activations.c.
//
// Every lane is computed with the same IEEE operations in the same order (multiplies, adds,
// divides, comparisons, integer bit tricks; nothing fused: the target is compiled with
// -ffp-contract=off), so every width gives the same bits, and so does the tail, which runs
// through the same vector code on a zero-padded copy.

typedef float NAME(vec) __attribute__((vector_size(WIDTH * 4), aligned(4)));
typedef int NAME(ivec) __attribute__((vector_size(WIDTH * 4), aligned(4)));

// a where mask is set, b elsewhere.
ATTR static inline NAME(vec) NAME(select)(NAME(ivec) mask, NAME(vec) a, NAME(vec) b) {
    typedef NAME(ivec) VI;
    typedef NAME(vec) V;
    return (V)(((VI)a & mask) | ((VI)b & ~mask));
}

// e^x: Cody–Waite reduction x = n·ln 2 + r with |r| ≤ ln2/2, Cephes' degree-7 polynomial for
// e^r, then the exponent n put into the float's exponent bits (in two halves, so that n may
// reach 128 and e^x just below FLT_MAX is still finite). Within 2 ulp of e^x; 0 below −87.33
// (where e^x would be subnormal), +∞ above 88.72, NaN for NaN.
ATTR static inline NAME(vec) NAME(exp)(NAME(vec) x) {
    typedef NAME(vec) V;
    typedef NAME(ivec) VI;
    const V zero = -(V){};  // −0 in every lane: adding it changes nothing (see gemm.c)
    VI tiny = x < zero - 87.33f;
    V xc = NAME(select)(x > zero + 89.0f, zero + 89.0f, x);
    xc = NAME(select)(tiny, zero - 87.33f, xc);
    V n = xc * 1.44269504088896341f + 12582912.0f;  // 1.5·2^23: rounds to an integer
    n = n - 12582912.0f;
    V r = xc - n * 0.693359375f;
    r = r - n * -2.12194440e-4f;
    V p = zero + 1.9875691500e-4f;
    p = p * r + 1.3981999507e-3f;
    p = p * r + 8.3334519073e-3f;
    p = p * r + 4.1665795894e-2f;
    p = p * r + 1.6666665459e-1f;
    p = p * r + 5.0000001201e-1f;
    p = p * (r * r) + r + 1.0f;
    VI k = __builtin_convertvector(NAME(select)(n == n, n, zero), VI);  // NaN lanes: k = 0
    VI k1 = k >> 1, k2 = k - k1;
    V s1 = (V)((k1 + 127) << 23), s2 = (V)((k2 + 127) << 23);
    V y = (p * s1) * s2;
    return NAME(select)(tiny, (V){}, y);  // +0
}

// σ(x) = 1/(1 + e^−x). It never overflows to a wrong value: for x far below 0, e^−x is huge
// or +∞ and σ is tiny or 0, as it should be.
ATTR static inline NAME(vec) NAME(sigmoid)(NAME(vec) x) {
    return 1.0f / (1.0f + NAME(exp)(-x));
}

// tanh x = 1 − 2/(e^2x + 1), ±1 in the limits without special cases; below |x| = 1/8, where
// that difference would cancel, the series x − x³/3 + 2x⁵/15 − 17x⁷/315 + 62x⁹/2835.
ATTR static inline NAME(vec) NAME(tanh)(NAME(vec) x) {
    typedef NAME(vec) V;
    typedef NAME(ivec) VI;
    V x2 = x * x;
    V series = x * (1.0f + x2 * (-1.0f / 3.0f + x2 * (2.0f / 15.0f + x2 * (-17.0f / 315.0f + x2 * (62.0f / 2835.0f)))));
    V y = 1.0f - 2.0f / (NAME(exp)(2.0f * x) + 1.0f);
    V ax = (V)((VI)x & 0x7fffffff);
    return NAME(select)(ax < 0.125f, series, y);
}

ATTR static inline NAME(vec) NAME(one)(int function, NAME(vec) v) {
    switch (function) {
    case NNLAB_EXP: return NAME(exp)(v);
    case NNLAB_SIGMOID: return NAME(sigmoid)(v);
    default: return NAME(tanh)(v);
    }
}

// y[r][j] = f(x[r][j]) for a rows × cols block with row strides xs and ys (x may be y).
ATTR static void NAME(apply)(int function, const float *x, long xs, float *y, long ys,
                             long rows, long cols) {
    typedef NAME(vec) V;
    for (long r = 0; r < rows; r++) {
        const float *xr = x + r * xs;
        float *yr = y + r * ys;
        long j = 0;
        for (; j + WIDTH <= cols; j += WIDTH) *(V *)(yr + j) = NAME(one)(function, *(const V *)(xr + j));
        if (j < cols) {
            float lanes[WIDTH];
            for (long l = 0; l < WIDTH; l++) lanes[l] = j + l < cols ? xr[j + l] : 0.0f;
            V v = NAME(one)(function, *(const V *)lanes);
            *(V *)lanes = v;
            for (long l = 0; j + l < cols; l++) yr[j + l] = lanes[l];
        }
    }
}
