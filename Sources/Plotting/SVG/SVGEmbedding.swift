/// Putting a standalone SVG document inside another document: a multi-panel picture, an
/// HTML page. Many pictures on one page must not share element ids (two heat maps both
/// defining `heatmap-scale` would colour each other's legends), so every id a picture
/// defines, and every reference to one, gets a prefix unique to the picture.
///
/// Works on the documents `SVGWriter` makes: text is escaped there, so `<` and `>` occur only
/// as tag delimiters and ids only in `id="…"`, `url(#…)` and `href="#…"` inside tags.
public enum SVGEmbedding {
    /// The root element's `width` and `height`, or nil when they cannot be read.
    public static func size(of svg: String) -> (width: Double, height: Double)? {
        guard let open = svg.firstRange(of: "<svg"), let close = svg[open.upperBound...].firstIndex(of: ">") else { return nil }
        let tag = svg[open.upperBound..<close]
        guard let w = attribute("width", in: tag).flatMap(Double.init),
              let h = attribute("height", in: tag).flatMap(Double.init) else { return nil }
        return (w, h)
    }

    /// The document without its XML declaration, with every id it defines and every reference
    /// to one prefixed with `prefix` (letters, digits and `-`).
    public static func scoped(_ svg: String, prefix: String) -> String {
        var text = Substring(svg)
        if text.hasPrefix("<?xml"), let end = text.firstRange(of: "?>") {
            text = text[end.upperBound...]
            while text.first == "\n" { text.removeFirst() }
        }
        var out = ""
        out.reserveCapacity(text.utf8.count + 64)
        var rest = text
        while let open = rest.firstIndex(of: "<") {
            out += rest[..<open]
            guard let close = rest[open...].firstIndex(of: ">") else {
                out += rest[open...]
                return out
            }
            out += rescope(rest[open...close], prefix: prefix)
            rest = rest[rest.index(after: close)...]
        }
        out += rest
        return out
    }

    /// The document as an element of an HTML page: scoped with `prefix`, without the XML
    /// declaration and without the `xmlns` attribute (HTML knows what `svg` is, and a page
    /// that must not refer to any address keeps none).
    public static func inlineHTML(_ svg: String, prefix: String) -> String {
        scoped(svg, prefix: prefix).replacingFirst(" xmlns=\"http://www.w3.org/2000/svg\"", with: "")
    }

    /// One tag with its ids and id references prefixed.
    static func rescope(_ tag: Substring, prefix: String) -> String {
        var s = String(tag)
        for (marker, replacement) in [(" id=\"", " id=\"\(prefix)"), ("url(#", "url(#\(prefix)"), ("href=\"#", "href=\"#\(prefix)")]
        where s.contains(marker) {
            s = s.replacingAll(marker, with: replacement)
        }
        return s
    }

    /// The value of `name="…"` in a tag's text.
    static func attribute(_ name: String, in tag: Substring) -> String? {
        guard let start = tag.firstRange(of: " \(name)=\"") else { return nil }
        let value = tag[start.upperBound...]
        guard let end = value.firstIndex(of: "\"") else { return nil }
        return String(value[..<end])
    }
}

extension String {
    /// The string with every occurrence of `target` replaced.
    func replacingAll(_ target: String, with replacement: String) -> String {
        replacing(target, with: replacement)
    }

    /// The string with the first occurrence of `target` replaced.
    func replacingFirst(_ target: String, with replacement: String) -> String {
        replacing(target, with: replacement, maxReplacements: 1)
    }
}
