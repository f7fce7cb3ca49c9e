/// A command checked against the catalogue: canonical verb and sub-word, every value
/// converted and range-checked, options and flags sorted out. What the interpreter runs.
public struct ValidatedCommand: Sendable, Equatable {
    /// The canonical verb (`quit` for `exit`, lower case).
    public var verb: String
    /// The canonical sub-word (`dense`), if the command has sub-words.
    public var subcommand: String?
    /// Positional values in order; a variadic parameter repeats its name.
    public var arguments: [NamedValue]
    /// `name=value` options in the order typed.
    public var options: [NamedValue]
    /// Flag words given (`causal`, `last`, `time`), lower case.
    public var flags: Set<String>
    /// The command as parsed.
    public var command: Command

    /// Creates a validated command.
    public init(verb: String, subcommand: String?, arguments: [NamedValue], options: [NamedValue],
                flags: Set<String>, command: Command) {
        self.verb = verb
        self.subcommand = subcommand
        self.arguments = arguments
        self.options = options
        self.flags = flags
        self.command = command
    }

    /// The first value of parameter `name`.
    public func argument(_ name: String) -> ArgumentValue? { arguments.first { $0.name == name }?.value }
    /// All values of (variadic) parameter `name`.
    public func arguments(_ name: String) -> [ArgumentValue] { arguments.filter { $0.name == name }.map(\.value) }
    /// The value of option `name`, if given.
    public func option(_ name: String) -> ArgumentValue? { options.first { $0.name == name }?.value }
    /// Whether flag `name` was given.
    public func hasFlag(_ name: String) -> Bool { flags.contains(name) }
    /// Where parameter or option `name` was typed.
    public func span(of name: String) -> SourceSpan? {
        (arguments + options).first { $0.name == name }?.span
    }

    /// Parameter or option `name` as an integer.
    public func integer(_ name: String) -> Int? {
        if case .integer(let i)? = argument(name) ?? option(name) { return i }
        return nil
    }
    /// Parameter or option `name` as a real number (integers convert).
    public func number(_ name: String) -> Double? { (argument(name) ?? option(name))?.doubleValue }
    /// Parameter or option `name` as a word.
    public func word(_ name: String) -> String? {
        if case .word(let w)? = argument(name) ?? option(name) { return w }
        return nil
    }
    /// Parameter or option `name` as a string.
    public func string(_ name: String) -> String? {
        if case .string(let s)? = argument(name) ?? option(name) { return s }
        return nil
    }

    /// Required parameter `name` as an integer: the catalogue guarantees it, so its absence is
    /// an error in the table, reported as an error rather than a silent default or a crash.
    public func requiredInteger(_ name: String) throws(Diagnostic) -> Int {
        guard let value = integer(name) else { throw missing(name) }
        return value
    }

    /// Required parameter `name` as a real number (see `requiredInteger`).
    public func requiredNumber(_ name: String) throws(Diagnostic) -> Double {
        guard let value = number(name) else { throw missing(name) }
        return value
    }

    /// Required parameter `name` as a word (see `requiredInteger`).
    public func requiredWord(_ name: String) throws(Diagnostic) -> String {
        guard let value = word(name) else { throw missing(name) }
        return value
    }

    /// Required parameter `name` as a quoted string (see `requiredInteger`).
    public func requiredString(_ name: String) throws(Diagnostic) -> String {
        guard let value = string(name) else { throw missing(name) }
        return value
    }

    /// The sub-word, which the catalogue requires for a command that has sub-words.
    public func requiredSubcommand() throws(Diagnostic) -> String {
        guard let value = subcommand else { throw missing(CommandCatalogue.spec(named: verb)?.subcommandNoun ?? "sub-word") }
        return value
    }

    /// The error for a required value that is not there (the catalogue requires it, so this
    /// only guards against a table that does not): an error, never a crash.
    func missing(_ name: String) -> Diagnostic {
        Diagnostic("`\(verb)\(subcommand.map { " " + $0 } ?? "")` needs its \(name)", at: command.span)
    }
}
