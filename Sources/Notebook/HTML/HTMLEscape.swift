/// Escaping text for HTML: element content and attribute values.
enum HTMLEscape {
    /// `text` with `&`, `<`, `>` and `"` escaped, and characters HTML forbids (controls other
    /// than tab and line breaks) dropped.
    static func text(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for s in text.unicodeScalars {
            switch s {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default:
                let v = s.value
                if v == 0x9 || v == 0xA || (v >= 0x20 && v != 0x7F && !(0x80...0x9F).contains(v)) {
                    out.unicodeScalars.append(s)
                }
            }
        }
        return out
    }
}
