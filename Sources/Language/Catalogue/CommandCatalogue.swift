/// The catalogue of every command: lookup by verb, validation, help and completion all read
/// the one table in ``CommandCatalogue/all`` (see CommandTable.swift).
public enum CommandCatalogue {
    /// Every command, in help order.
    public static var all: [CommandSpec] { table }

    private static let index: [String: Int] = {
        var map: [String: Int] = [:]
        for (i, spec) in table.enumerated() {
            map[spec.verb] = i
            for alias in spec.aliases { map[alias] = i }
        }
        return map
    }()

    /// The command whose verb or alias is `name` (case-insensitive), or `nil`.
    public static func spec(named name: String) -> CommandSpec? {
        guard let i = index[name.lowercased()] else { return nil }
        return table[i]
    }

    /// Every verb (no aliases), in table order.
    public static var verbs: [String] { table.map(\.verb) }

    /// Every verb and alias.
    public static var verbsAndAliases: [String] { table.flatMap { [$0.verb] + $0.aliases } }

    /// Parses one line and, for a command, validates it: the front end's whole job for a line.
    public static func check(_ source: String) throws(Diagnostic) -> CheckedStatement {
        let parsed = try Parser.parse(source)
        if case .command(let command) = parsed.statement {
            return CheckedStatement(parsed: parsed, command: try validate(command))
        }
        return CheckedStatement(parsed: parsed, command: nil)
    }
}
