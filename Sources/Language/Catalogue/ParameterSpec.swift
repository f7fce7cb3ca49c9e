/// One positional parameter of a command or sub-command.
public struct ParameterSpec: Sendable {
    /// The name used in messages and as the key of its value (`width`, `activation`).
    public var name: String
    /// What it must be.
    public var kind: ValueKind
    /// Whether it may be left out.
    public var isOptional: Bool
    /// Whether it takes all remaining arguments (at most `maxCount`).
    public var isVariadic: Bool
    /// The most values a variadic parameter takes.
    public var maxCount: Int
    /// A short description for help ("units in the layer").
    public var summary: String
    /// The word used for it in messages when it differs from `name` (`set lr` calls its
    /// `value` "lr").
    public var label: String


    /// Creates a parameter.
    public init(_ name: String, _ kind: ValueKind, optional: Bool = false, variadic: Bool = false,
                maxCount: Int = 1, summary: String = "", label: String? = nil) {
        self.name = name
        self.kind = kind
        self.isOptional = optional
        self.isVariadic = variadic
        self.maxCount = variadic ? maxCount : 1
        self.summary = summary
        self.label = label ?? name
    }

    /// `WIDTH`, `[ACTIVATION]`, `VALUE…` for usage lines.
    public var placeholder: String {
        let base = name.uppercased() + (isVariadic ? "…" : "")
        return isOptional ? "[\(base)]" : base
    }
}
