/// A JSON value written the way Jupyter writes notebooks: keys sorted, one space of
/// indentation a level, non-ASCII characters as they are, a final newline. Same value, same
/// bytes.
indirect enum JSONValue: Equatable {
    case string(String)
    case integer(Int)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([String: JSONValue])

    /// The value as text, ending with a newline.
    var text: String {
        var out = ""
        write(to: &out, indent: 0)
        return out + "\n"
    }

    private func write(to out: inout String, indent: Int) {
        switch self {
        case .string(let s): JSONValue.writeString(s, to: &out)
        case .integer(let i): out += String(i)
        case .bool(let b): out += b ? "true" : "false"
        case .null: out += "null"
        case .array(let items):
            if items.isEmpty { out += "[]"; return }
            out += "[\n"
            for (i, item) in items.enumerated() {
                out += String(repeating: " ", count: indent + 1)
                item.write(to: &out, indent: indent + 1)
                out += i == items.count - 1 ? "\n" : ",\n"
            }
            out += String(repeating: " ", count: indent) + "]"
        case .object(let members):
            if members.isEmpty { out += "{}"; return }
            out += "{\n"
            let keys = members.keys.sorted { Array($0.unicodeScalars.map(\.value)).lexicographicallyPrecedes($1.unicodeScalars.map(\.value)) }
            for (i, key) in keys.enumerated() {
                out += String(repeating: " ", count: indent + 1)
                JSONValue.writeString(key, to: &out)
                out += ": "
                members[key]?.write(to: &out, indent: indent + 1)
                out += i == keys.count - 1 ? "\n" : ",\n"
            }
            out += String(repeating: " ", count: indent) + "}"
        }
    }

    /// A JSON string literal: quotes, backslashes and control characters escaped.
    static func writeString(_ s: String, to out: inout String) {
        out += "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{8}": out += "\\b"
            case "\u{C}": out += "\\f"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }

    /// Text as Jupyter stores it: a list of lines, each but the last ending in `"\n"`.
    static func lines(_ text: String) -> JSONValue {
        guard !text.isEmpty else { return .array([]) }
        let parts = text.split(separator: "\n", omittingEmptySubsequences: false)
        var items: [JSONValue] = []
        for (i, part) in parts.enumerated() {
            let last = i == parts.count - 1
            if last && part.isEmpty { break }
            items.append(.string(String(part) + (last ? "" : "\n")))
        }
        return .array(items)
    }
}
