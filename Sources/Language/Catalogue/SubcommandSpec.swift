/// A sub-word of a command with its own parameters and options (`layer dense`, `data spiral`).
public struct SubcommandSpec: Sendable {
    /// The sub-word.
    public var name: String
    /// A one-line description.
    public var summary: String
    /// Positional parameters after the sub-word.
    public var parameters: [ParameterSpec]
    /// Options and flags specific to this sub-word (the command's own options also apply).
    public var options: [OptionSpec]

    /// Creates a sub-command.
    public init(_ name: String, _ summary: String, parameters: [ParameterSpec] = [], options: [OptionSpec] = []) {
        self.name = name
        self.summary = summary
        self.parameters = parameters
        self.options = options
    }
}
