/// A `name=value` option, or a bare flag word (`causal`, `last`).
public struct OptionSpec: Sendable {
    /// The name (`noise`, `heads`, `causal`).
    public var name: String
    /// What the value must be; `nil` for a flag, written alone without `=`.
    public var kind: ValueKind?
    /// A short description for help.
    public var summary: String

    /// Creates a `name=value` option.
    public init(_ name: String, _ kind: ValueKind, summary: String) {
        self.name = name
        self.kind = kind
        self.summary = summary
    }

    /// Creates a flag.
    public static func flag(_ name: String, summary: String) -> OptionSpec {
        var spec = OptionSpec(name, .name, summary: summary)
        spec.kind = nil
        return spec
    }

    /// Whether this is a flag word rather than `name=value`.
    public var isFlag: Bool { kind == nil }

    /// `noise=NUMBER`, `causal` for usage lines.
    public var usage: String {
        guard let kind else { return name }
        switch kind {
        case .word(let w, _) where w.count <= 4: return "\(name)=" + w.joined(separator: "|")
        case .integer: return "\(name)=N"
        case .string: return "\(name)=\"…\""
        default: return "\(name)=…"
        }
    }
}
