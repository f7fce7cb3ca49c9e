/// Compact, deterministic number formatting for tick labels, legends and cells.
public enum NumberFormat {
    /// `value` with about `digits` significant digits and no trailing zeros: `0.123`, `12.3`,
    /// `1230`, `-4.5`; scientific for tiny or huge magnitudes: `1e-4`, `2.5e+06` style is
    /// written `2.5e6`. Non-finite values give `nan`, `inf` or `-inf`.
    public static func compact(_ value: Double, digits: Int = 3) -> String {
        if value.isNaN { return "nan" }
        if value.isInfinite { return value < 0 ? "-inf" : "inf" }
        if value == 0 { return "0" }
        let d = max(1, min(15, digits))
        let magnitude = abs(value)
        var exponent = Int(floorLog10(magnitude))
        if magnitude < 1e-3 || magnitude >= 1e5 {
            var mantissa = magnitude / pow10(exponent)
            let scale = pow10(d - 1)
            mantissa = (mantissa * scale).rounded() / scale
            if mantissa >= 10 {
                mantissa /= 10
                exponent += 1
            }
            let m = fixed(mantissa, decimals: d - 1)
            return (value < 0 ? "-" : "") + m + "e" + String(exponent)
        }
        let decimals = max(0, d - 1 - exponent)
        return (value < 0 ? "-" : "") + fixed(magnitude, decimals: decimals)
    }

    /// An integer count with no separators (`1234`), or the compact form when not integral.
    public static func count(_ value: Double) -> String {
        if value.isFinite, value == value.rounded(), abs(value) < 1e15 {
            return String(Int64(value))
        }
        return compact(value)
    }

    /// A non-negative `value` with exactly up to `decimals` decimals, trailing zeros removed.
    static func fixed(_ value: Double, decimals: Int) -> String {
        let scale = pow10(decimals)
        let scaled = (value * scale).rounded()
        guard scaled < 9e18 else { return value.isFinite ? "\(value)" : "0" }
        let n = Int64(scaled)
        let p = Int64(scale)
        var whole = String(n / p)
        var frac = String(n % p)
        if decimals > 0 {
            frac = String(repeating: "0", count: decimals - frac.count) + frac
            while frac.last == "0" { frac.removeLast() }
            if !frac.isEmpty { whole += "." + frac }
        }
        return whole
    }

    /// Floor of log10 for positive finite x, robust at exact powers of ten.
    static func floorLog10(_ x: Double) -> Double {
        var e = 0
        var v = x
        if v >= 1 {
            while v >= 10 { v /= 10; e += 1 }
        } else {
            while v < 1 && e > -400 { v *= 10; e -= 1 }
        }
        return Double(e)
    }

    /// 10 to an integer power, exactly for small exponents.
    static func pow10(_ e: Int) -> Double {
        var r = 1.0
        if e >= 0 {
            for _ in 0..<min(e, 330) { r *= 10 }
        } else {
            for _ in 0..<min(-e, 330) { r /= 10 }
        }
        return r
    }

    /// A duration in seconds as `12s`, `3:05` or `1:02:03`; `?` when not finite or negative.
    public static func duration(_ seconds: Double) -> String {
        guard seconds.isFinite, seconds >= 0, seconds < 1e9 else { return "?" }
        let s = Int(seconds.rounded())
        if s < 60 { return "\(s)s" }
        let h = s / 3600, m = (s % 3600) / 60, sec = s % 60
        let ss = sec < 10 ? "0\(sec)" : "\(sec)"
        if h == 0 { return "\(m):\(ss)" }
        let mm = m < 10 ? "0\(m)" : "\(m)"
        return "\(h):\(mm):\(ss)"
    }
}
