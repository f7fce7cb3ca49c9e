/// One command of the language, in one place: its grammar, limits and help (`spec`), whether
/// it changes the session, its arguments as typed values, and what it does.
///
/// Adding a command: a file in `Commands/` with a type conforming to this protocol, and its
/// line in `CommandCatalogue.commands`. Validation, help, completion and `undo` all read it.
protocol LanguageCommand {
    /// The grammar, limits, help and examples.
    static var spec: CommandSpec { get }
    /// Whether running it changes the session, so that `undo` takes it back. Commands that
    /// only look (`show`, `evaluate`, `save`) are not changes.
    static var changesSession: Bool { get }
    /// The arguments as typed values, from a command validated against `spec`.
    init(_ command: ValidatedCommand) throws(Diagnostic)
    /// Runs the command on `interpreter`'s session; `statement` is the line as typed.
    func run(in interpreter: Interpreter, statement: String, output: (Output) -> Void) throws(Diagnostic)
}
