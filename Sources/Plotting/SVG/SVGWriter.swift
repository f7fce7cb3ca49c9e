/// Builds a standalone SVG document in a byte buffer: an XML declaration, a root `svg` element
/// with a viewBox, a default font, a white background, then shapes and text in order.
/// Numbers are written with at most two decimals, so the same picture gives the same bytes.
public struct SVGWriter: Sendable {
    /// How text is anchored at its x position.
    public enum Anchor: String, Sendable {
        /// The text starts at x.
        case start
        /// The text is centred on x.
        case middle
        /// The text ends at x.
        case end
    }

    private var bytes: [UInt8] = []
    /// The document's width in user units.
    public let width: Double
    /// The document's height in user units.
    public let height: Double

    /// Starts a document of the given size, with an optional `<title>`.
    public init(width: Double, height: Double, title: String? = nil) {
        self.width = width
        self.height = height
        bytes.reserveCapacity(4096)
        let w = SVGWriter.num(width), h = SVGWriter.num(height)
        raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        raw("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(w)\" height=\"\(h)\" viewBox=\"0 0 \(w) \(h)\"")
        raw(" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"12\">\n")
        if let title { raw("<title>\(SVGWriter.escape(title))</title>\n") }
        raw("<rect x=\"0\" y=\"0\" width=\"\(w)\" height=\"\(h)\" fill=\"#ffffff\"/>\n")
    }

    /// Appends markup as it is (the caller escapes).
    mutating func raw(_ text: String) { bytes.append(contentsOf: text.utf8) }

    /// Opens a group with the given attributes (`class`, `shape-rendering`, …).
    public mutating func openGroup(_ attributes: [(String, String)] = []) {
        raw("<g")
        for (k, v) in attributes { raw(" \(k)=\"\(SVGWriter.escape(v))\"") }
        raw(">\n")
    }

    /// Closes the last group.
    public mutating func closeGroup() { raw("</g>\n") }

    /// A rectangle.
    public mutating func rect(
        x: Double, y: Double, width: Double, height: Double, fill: Color?, stroke: Color? = nil,
        strokeWidth: Double = 1, cornerRadius: Double = 0
    ) {
        raw("<rect x=\"\(SVGWriter.num(x))\" y=\"\(SVGWriter.num(y))\" width=\"\(SVGWriter.num(max(0, width)))\" height=\"\(SVGWriter.num(max(0, height)))\"")
        if cornerRadius > 0 { raw(" rx=\"\(SVGWriter.num(cornerRadius))\"") }
        raw(" fill=\"\(fill?.hex ?? "none")\"")
        if let stroke { raw(" stroke=\"\(stroke.hex)\" stroke-width=\"\(SVGWriter.num(strokeWidth))\"") }
        raw("/>\n")
    }

    /// A straight line.
    public mutating func line(x1: Double, y1: Double, x2: Double, y2: Double, stroke: Color, width: Double = 1, dashed: Bool = false) {
        raw("<line x1=\"\(SVGWriter.num(x1))\" y1=\"\(SVGWriter.num(y1))\" x2=\"\(SVGWriter.num(x2))\" y2=\"\(SVGWriter.num(y2))\"")
        raw(" stroke=\"\(stroke.hex)\" stroke-width=\"\(SVGWriter.num(width))\"")
        if dashed { raw(" stroke-dasharray=\"4 3\"") }
        raw("/>\n")
    }

    /// An open polyline through the points.
    public mutating func polyline(_ points: [(Double, Double)], stroke: Color, width: Double = 2) {
        guard !points.isEmpty else { return }
        raw("<polyline fill=\"none\" stroke=\"\(stroke.hex)\" stroke-width=\"\(SVGWriter.num(width))\" stroke-linejoin=\"round\" points=\"")
        for (i, p) in points.enumerated() {
            if i > 0 { raw(" ") }
            raw(SVGWriter.num(p.0) + "," + SVGWriter.num(p.1))
        }
        raw("\"/>\n")
    }

    /// A closed polygon.
    public mutating func polygon(_ points: [(Double, Double)], fill: Color) {
        raw("<polygon fill=\"\(fill.hex)\" points=\"")
        for (i, p) in points.enumerated() {
            if i > 0 { raw(" ") }
            raw(SVGWriter.num(p.0) + "," + SVGWriter.num(p.1))
        }
        raw("\"/>\n")
    }

    /// A circle.
    public mutating func circle(cx: Double, cy: Double, r: Double, fill: Color, stroke: Color? = nil, strokeWidth: Double = 1) {
        raw("<circle cx=\"\(SVGWriter.num(cx))\" cy=\"\(SVGWriter.num(cy))\" r=\"\(SVGWriter.num(r))\" fill=\"\(fill.hex)\"")
        if let stroke { raw(" stroke=\"\(stroke.hex)\" stroke-width=\"\(SVGWriter.num(strokeWidth))\"") }
        raw("/>\n")
    }

    /// A line of text.
    public mutating func text(
        _ content: String, x: Double, y: Double, anchor: Anchor = .start, size: Double? = nil,
        fill: Color? = nil, bold: Bool = false, monospace: Bool = false, className: String? = nil
    ) {
        raw("<text x=\"\(SVGWriter.num(x))\" y=\"\(SVGWriter.num(y))\"")
        if anchor != .start { raw(" text-anchor=\"\(anchor.rawValue)\"") }
        if let size { raw(" font-size=\"\(SVGWriter.num(size))\"") }
        if let fill { raw(" fill=\"\(fill.hex)\"") }
        if bold { raw(" font-weight=\"bold\"") }
        if monospace { raw(" font-family=\"Menlo, Consolas, monospace\"") }
        if let className { raw(" class=\"\(SVGWriter.escape(className))\"") }
        raw(">\(SVGWriter.escape(content))</text>\n")
    }

    /// A horizontal linear gradient definition from `stops` (offset 0…1, colour).
    public mutating func linearGradient(id: String, stops: [(Double, Color)]) {
        raw("<defs><linearGradient id=\"\(SVGWriter.escape(id))\" x1=\"0\" y1=\"0\" x2=\"1\" y2=\"0\">")
        for (o, c) in stops { raw("<stop offset=\"\(SVGWriter.num(o))\" stop-color=\"\(c.hex)\"/>") }
        raw("</linearGradient></defs>\n")
    }

    /// A rectangle filled with a gradient defined earlier.
    public mutating func gradientRect(x: Double, y: Double, width: Double, height: Double, gradientID: String) {
        raw("<rect x=\"\(SVGWriter.num(x))\" y=\"\(SVGWriter.num(y))\" width=\"\(SVGWriter.num(width))\" height=\"\(SVGWriter.num(height))\" fill=\"url(#\(SVGWriter.escape(gradientID)))\" stroke=\"#888888\" stroke-width=\"0.5\"/>\n")
    }

    /// Closes the document and returns it.
    public func finished() -> String {
        var out = bytes
        out.append(contentsOf: "</svg>\n".utf8)
        return String(decoding: out, as: UTF8.self)
    }

    /// `text` with XML's special characters escaped and characters XML forbids removed.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for s in text.unicodeScalars {
            switch s {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default:
                let v = s.value
                let allowed = v == 0x9 || v == 0xA || v == 0xD || (v >= 0x20 && v <= 0xD7FF)
                    || (v >= 0xE000 && v <= 0xFFFD) || v >= 0x10000
                if allowed { out.unicodeScalars.append(s) }
            }
        }
        return out
    }

    /// A coordinate with at most two decimals (`12.5`, `3`, `-0.25`); non-finite becomes 0.
    public static func num(_ v: Double) -> String {
        guard v.isFinite else { return "0" }
        let clamped = max(-1e9, min(1e9, v))
        let s = NumberFormat.fixed(abs(clamped), decimals: 2)
        return clamped < 0 && s != "0" ? "-" + s : s
    }
}
