/// Everything nnlab knows about one command: its grammar, limits and help.
public struct CommandSpec: Sendable {
    /// An extra check after the table-driven ones (sums, ranges between values).
    public typealias Check = @Sendable (ValidatedCommand) throws(Diagnostic) -> Void

    /// The verb (`layer`).
    public var verb: String
    /// Other spellings that mean the same (`exit` for `quit`).
    public var aliases: [String]
    /// The `help` overview section.
    public var group: HelpGroup
    /// A one-line summary.
    public var summary: String
    /// A paragraph for `help VERB`.
    public var help: String
    /// Examples; each runs in a fresh session and may hold several lines (setup first).
    public var examples: [String]
    /// How positional arguments are read.
    public var syntax: ArgumentSyntax
    /// What the sub-words are called in messages ("dataset", "layer kind"); empty if none.
    public var subcommandNoun: String
    /// The sub-words, each with its own parameters; empty when the command has none.
    public var subcommands: [SubcommandSpec]
    /// Parameters of a command without sub-words.
    public var parameters: [ParameterSpec]
    /// Options and flags valid with every sub-word.
    public var options: [OptionSpec]
    /// An extra check run after the table-driven ones.
    public var check: Check?

    /// Creates a command spec.
    public init(_ verb: String, aliases: [String] = [], group: HelpGroup, summary: String, help: String,
                examples: [String], syntax: ArgumentSyntax = .atoms, subcommandNoun: String = "",
                subcommands: [SubcommandSpec] = [], parameters: [ParameterSpec] = [],
                options: [OptionSpec] = [], check: Check? = nil) {
        self.verb = verb
        self.aliases = aliases
        self.group = group
        self.summary = summary
        self.help = help
        self.examples = examples
        self.syntax = syntax
        self.subcommandNoun = subcommandNoun
        self.subcommands = subcommands
        self.parameters = parameters
        self.options = options
        self.check = check
    }

    /// The sub-command called `name` (case-insensitive).
    public func subcommand(named name: String) -> SubcommandSpec? {
        let lowered = name.lowercased()
        return subcommands.first { $0.name == lowered }
    }

    /// The sub-words' names in table order.
    public var subcommandNames: [String] { subcommands.map(\.name) }

    /// Usage lines: `layer dense WIDTH [ACTIVATION]`, one per sub-word, or one for the verb.
    public var usage: [String] {
        if subcommands.isEmpty {
            return [([verb] + parameters.map(\.placeholder) + options.map { "[\($0.usage)]" }).joined(separator: " ")]
        }
        return subcommands.map { sub in
            ([verb, sub.name] + sub.parameters.map(\.placeholder) + (sub.options + options).map { "[\($0.usage)]" })
                .joined(separator: " ")
        }
    }
}
