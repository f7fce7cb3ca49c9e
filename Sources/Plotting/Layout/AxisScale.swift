#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A range of values mapped onto an axis, with "nice" tick positions (1, 2 or 5 times a power
/// of ten) and their labels. A logarithmic scale works on log10 of the values.
struct AxisScale: Sendable {
    var lo: Double
    var hi: Double
    var ticks: [Double]
    var labels: [String]
    var isLog: Bool

    /// A linear scale covering lo…hi, widened to tick boundaries.
    static func linear(lo: Double, hi: Double, targetTicks: Int) -> AxisScale {
        var a = lo, b = hi
        if !a.isFinite || !b.isFinite || a > b {
            a = 0
            b = 1
        }
        if a == b {
            let d = a == 0 ? 1 : abs(a) * 0.1
            a -= d
            b += d
        }
        let step = niceStep((b - a) / Double(max(1, targetTicks)))
        let first = (a / step).rounded(.down) * step
        let last = (b / step).rounded(.up) * step
        var ticks: [Double] = []
        var k = 0
        while k < 60 {
            var t = first + Double(k) * step
            if abs(t) < step * 1e-9 { t = 0 }
            if t > last + step * 1e-9 { break }
            ticks.append(t)
            k += 1
        }
        let lo2 = ticks.first ?? a, hi2 = ticks.last ?? b
        return AxisScale(
            lo: lo2, hi: hi2 > lo2 ? hi2 : lo2 + 1, ticks: ticks,
            labels: ticks.map { NumberFormat.compact($0) }, isLog: false)
    }

    /// A log10 scale for positive values lo…hi, ticks at powers of ten.
    static func log(lo: Double, hi: Double, targetTicks: Int) -> AxisScale {
        guard lo > 0, hi > 0, lo.isFinite, hi.isFinite else {
            return AxisScale(lo: 0, hi: 1, ticks: [0, 1], labels: ["1", "10"], isLog: true)
        }
        var a = NumberFormat.floorLog10(lo)
        var b = NumberFormat.floorLog10(hi)
        if NumberFormat.pow10(Int(b)) < hi { b += 1 }
        if a == b { b += 1 }
        a = max(a, -300)
        b = min(b, 300)
        let span = Int(b - a)
        let stride = max(1, (span + max(1, targetTicks) - 1) / max(1, targetTicks))
        var ticks: [Double] = []
        var e = Int(a)
        while e <= Int(b) {
            ticks.append(Double(e))
            e += stride
        }
        return AxisScale(
            lo: a, hi: b, ticks: ticks,
            labels: ticks.map { NumberFormat.compact(NumberFormat.pow10(Int($0)), digits: 1) },
            isLog: true)
    }

    /// 1, 2 or 5 times a power of ten, at least `raw`.
    static func niceStep(_ raw: Double) -> Double {
        guard raw.isFinite, raw > 0 else { return 1 }
        let p = NumberFormat.pow10(Int(NumberFormat.floorLog10(raw)))
        let f = raw / p
        let m: Double = f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10
        return m * p
    }

    /// The value on the scale's coordinate (log10 for a log scale).
    func coordinate(_ v: Double) -> Double {
        isLog ? (v > 0 ? CMath.log10(v) : -.infinity) : v
    }

    /// Position 0…(steps) for coordinate c (c already transformed); top-down when `flip`.
    func position(_ c: Double, steps: Int, flip: Bool) -> Int {
        let t = (c - lo) / (hi - lo)
        let u = flip ? 1 - t : t
        let p = (u * Double(steps)).rounded()
        if !p.isFinite { return -1 }
        return Int(max(-1e6, min(1e6, p)))
    }
}

#if canImport(Glibc) || canImport(Musl) || canImport(Darwin)
@inline(__always) private func _cLog10(_ x: Double) -> Double { log10(x) }
#endif

/// Elementary functions from the C library.
enum CMath {
    /// Base-10 logarithm.
    static func log10(_ x: Double) -> Double {
        #if canImport(Glibc) || canImport(Musl) || canImport(Darwin)
        return _cLog10(x)
        #else
        return .nan
        #endif
    }
}
