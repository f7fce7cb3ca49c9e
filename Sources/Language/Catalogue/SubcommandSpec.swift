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
    /// A paragraph of its own for `help VERB SUB` (and `?SUB`), when the sub-word needs more
    /// than its summary: what a data set's input and target are, how a layer computes.
    public var help: String?
    /// An example for that page (it runs in a fresh session, like every help example).
    public var example: String?

    /// Creates a sub-command.
    public init(_ name: String, _ summary: String, parameters: [ParameterSpec] = [], options: [OptionSpec] = [],
                help: String? = nil, example: String? = nil) {
        self.name = name
        self.summary = summary
        self.parameters = parameters
        self.options = options
        self.help = help
        self.example = example
    }
}
