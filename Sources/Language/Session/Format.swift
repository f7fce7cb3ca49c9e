import Foundation

/// Number formatting for everything the interpreter prints: short, locale-free, and the
/// same bytes on every machine.
public enum Format {
    /// A number with up to `digits` significant digits, no trailing zeros: `0.731059`,
    /// `1e-05`, `-2`, `nan`, `inf`.
    public static func number(_ value: Double, digits: Int = 6) -> String {
        if value.isNaN { return "nan" }
        if value.isInfinite { return value > 0 ? "inf" : "-inf" }
        if value == 0 { return "0" }
        var text = String(format: "%.\(digits)g", value)
        if text.contains("e") {
            // 1.5e-05 → 1.5e-5
            let parts = text.split(separator: "e", maxSplits: 1)
            if parts.count == 2 {
                var exponent = String(parts[1])
                let sign = exponent.hasPrefix("-") ? "-" : ""
                exponent = exponent.trimmingCharacters(in: CharacterSet(charactersIn: "+-"))
                while exponent.hasPrefix("0") && exponent.count > 1 { exponent.removeFirst() }
                text = "\(parts[0])e\(sign)\(exponent)"
            }
        }
        return text
    }

    /// A number with a fixed count of decimals: `0.913`.
    public static func fixed(_ value: Double, decimals: Int) -> String {
        if value.isNaN { return "nan" }
        if value.isInfinite { return value > 0 ? "inf" : "-inf" }
        return String(format: "%.\(decimals)f", value)
    }

    /// A fraction as a percentage: `91.3%`.
    public static func percent(_ value: Double) -> String {
        fixed(value * 100, decimals: 1) + "%"
    }

    /// A tensor's values: a scalar as a number, a vector as `[a, b]`, a matrix as rows.
    public static func values(_ data: [Float], shape: [Int]) -> String {
        switch shape.count {
        case 0: return number(Double(data.first ?? .nan))
        case 1: return "[" + data.map { number(Double($0)) }.joined(separator: ", ") + "]"
        default:
            let width = shape.last ?? 1
            guard width > 0 else { return "[]" }
            let rows = stride(from: 0, to: data.count, by: width).map { start in
                "[" + data[start..<min(start + width, data.count)].map { number(Double($0)) }.joined(separator: ", ") + "]"
            }
            let limit = 20
            let shown = rows.count > limit ? Array(rows.prefix(limit)) + ["… \(rows.count - limit) more rows"] : rows
            return "[" + shown.joined(separator: ",\n ") + "]  (\(shape.map(String.init).joined(separator: "×")))"
        }
    }
}
