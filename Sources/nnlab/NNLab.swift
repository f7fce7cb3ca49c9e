import ArgumentParser
import Foundation
import Autodiff

/// The `nnlab` command: the REPL by default, plus `run`, `lesson`, `lessons`, `check` and
/// `export lesson`.
///
/// Synchronous on purpose: libedit must read on the main thread for Ctrl-C to work.
@main
struct NNLab: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "nnlab",
        abstract: "A terminal notebook for learning deep learning by doing it.",
        discussion: """
            With no subcommand, nnlab starts its prompt: type `help` there, or `lessons` for \
            the course. Statements can also be piped in: `echo "data spiral" | nnlab`.
            """,
        version: NNLab.version,
        subcommands: [Repl.self, RunScript.self, LessonsCommand.self, LessonCommand.self, CheckCommand.self, ExportCommand.self],
        defaultSubcommand: Repl.self
    )

    /// Sets the process up for training (the allocator keeps freed blocks for the next step
    /// instead of handing back fresh pages each time), then parses the command line and runs.
    static func main() {
        MemoryPolicy.keepFreedMemoryForReuse()
        main(nil)
    }
}

/// Options every subcommand takes.
struct CommonOptions: ParsableArguments {
    @Option(help: "The seed of the session's random generator (same seed, same numbers).")
    var seed: UInt64 = 1

    @Flag(name: .customLong("no-color"), help: "Print no colour or escape codes.")
    var noColor = false

    @Flag(help: "Draw pictures with ASCII characters only (no braille, blocks or box lines).")
    var ascii = false
}
