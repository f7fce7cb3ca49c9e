#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CLibEdit
import Foundation

/// The REPL's input: a libedit line editor with history and Tab completion when stdin is a
/// terminal, and a plain line reader (no prompt, no escape codes) otherwise.
///
/// Not thread-safe: create and use it on one thread. It owns the terminal while
/// ``readStatement(prompt:continuationPrompt:isComplete:)`` runs.
///
/// Call `readStatement` on the **main thread** (a synchronous `ParsableCommand.run()` or
/// top-level code, not a cooperative-pool task): the kernel delivers the terminal's SIGINT to
/// the main thread, and only a read blocked on that thread is interrupted. Read from another
/// thread, Ctrl-C at the prompt leaves libedit's read blocked with the terminal in cooked mode.
public final class LineEditor {
    /// Computes completions for `line` with the cursor at `cursor` (a `Character` offset).
    /// Only the current physical line of a multi-line statement is passed.
    public typealias Completer = @Sendable (_ line: String, _ cursor: Int) -> Completion

    /// The most history entries kept in memory and on disk.
    public static let historyCapacity = 1000

    /// Whether standard input is a terminal (`isatty(0)`), i.e. whether line editing is used.
    public static var isInteractive: Bool { isatty(STDIN_FILENO) == 1 }

    /// Whether this editor draws prompts and edits lines with libedit (`false`: plain reader).
    public var isLineEditing: Bool { editLine != nil }

    private let completer: Completer?
    private var history: HistoryFile?
    private let plainReader: PlainLineReader
    /// Prompts are written by the plain reader only when it stands in for a failed libedit.
    private let plainShowsPrompt: Bool
    private var editLine: OpaquePointer?
    private var editHistory: OpaquePointer?
    /// The current prompt as a C string, handed to libedit by `promptFunction`.
    private var promptCString: UnsafeMutablePointer<CChar>?

    /// Creates the editor for this process's standard input.
    ///
    /// When stdin is a terminal this sets the locale (`setlocale(LC_ALL, "")`, numbers kept
    /// in "C"), starts libedit in emacs mode and calls ``Interrupt/install()`` (needed: with
    /// libedit's signal handling a Ctrl-C is re-raised to the installed handler and would
    /// otherwise kill the process). Otherwise nothing is installed; call
    /// ``Interrupt/install()`` yourself if Ctrl-C should stop computations in piped runs too.
    /// - Parameters:
    ///   - programName: the name libedit uses for `~/.editrc` sections.
    ///   - historyFile: where history is loaded from and saved to after each statement
    ///     (see ``defaultHistoryFile(environment:)``); `nil` keeps history in memory only.
    ///     Ignored when stdin is not a terminal.
    ///   - completer: called on Tab; `nil` makes Tab beep.
    public convenience init(programName: String, historyFile: URL?, completer: Completer? = nil) {
        self.init(
            programName: programName, historyFile: historyFile, completer: completer,
            interactive: Self.isInteractive, plainInput: STDIN_FILENO)
    }

    /// Creates an editor; `interactive: false` reads plain lines from `plainInput` (tests).
    init(
        programName: String, historyFile: URL?, completer: Completer?,
        interactive: Bool, plainInput: Int32
    ) {
        self.completer = completer
        self.plainReader = PlainLineReader(fileDescriptor: plainInput)
        guard interactive, let editLine = nnle_init(programName) else {
            self.plainShowsPrompt = interactive
            return
        }
        self.plainShowsPrompt = false
        self.editLine = editLine
        Interrupt.install()
        configure(editLine)
        if let historyFile {
            history = HistoryFile.load(from: historyFile, capacity: Self.historyCapacity)
        }
        if let editHistory, let history {
            for entry in history.entries { nnle_history_enter(editHistory, entry) }
        }
    }

    deinit {
        if let editLine { el_end(editLine) }
        if let editHistory { history_end(editHistory) }
        free(promptCString)
    }

    /// Reads one statement: a line, and further lines with `continuationPrompt` while
    /// `isComplete` (given all lines so far joined with `"\n"`) says `false`.
    ///
    /// While the returned statement runs, keys typed ahead are kept as typed (the terminal is
    /// not in canonical mode), so a Ctrl-D typed during a long `train` ends the next read; the
    /// terminal's own settings come back at the next read and at exit.
    ///
    /// A statement is stored as one history entry and the history file is rewritten. Before
    /// returning, this clears ``Interrupt``'s flag, so the statement's computation starts
    /// clear. Prompts may contain ANSI colour codes; they are marked invisible for libedit.
    /// When not line editing, no prompt is printed.
    /// - Returns: ``ReadResult/line(_:)``, ``ReadResult/interrupted`` (Ctrl-C; the partial
    ///   statement is dropped) or ``ReadResult/endOfInput`` (Ctrl-D on an empty first line,
    ///   or end of input).
    public func readStatement(
        prompt: String, continuationPrompt: String, isComplete: (String) -> Bool
    ) -> ReadResult {
        defer { Interrupt.clear() }
        guard let editLine else {
            if plainShowsPrompt { nnle_write_stdout(Self.plainText(of: prompt)) }
            return plainReader.readStatement(isComplete: isComplete)
        }
        setPrompt(prompt)
        var lines: [String] = []
        while true {
            var count: Int32 = 0
            errno = 0
            guard let raw = el_gets(editLine, &count) else {
                if count < 0, errno == EINTR || Interrupt.isRequested {
                    nnle_write_stdout("^C\n")
                    return .interrupted
                }
                nnle_write_stdout("\n")
                return lines.isEmpty ? .endOfInput : remember(lines.joined(separator: "\n"))
            }
            var line = String(cString: raw)
            if line.hasSuffix("\n") { line.removeLast() }
            lines.append(line)
            let statement = lines.joined(separator: "\n")
            if isComplete(statement) {
                _ = nnle_keep_typeahead()   // a Ctrl-D typed while it runs still counts
                return remember(statement)
            }
            setPrompt(continuationPrompt)
        }
    }

    /// The history file nnlab uses: `$XDG_STATE_HOME/nnlab/history` when that variable is an
    /// absolute path, else `$HOME/.local/state/nnlab/history`; `nil` without either. The
    /// folder is created (mode 0700) when the history is first saved.
    /// - Parameter environment: the process environment (injectable for tests).
    public static func defaultHistoryFile(
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> URL? {
        let base: URL
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            base = URL(fileURLWithPath: state, isDirectory: true)
        } else if let home = environment["HOME"], !home.isEmpty {
            base = URL(fileURLWithPath: home, isDirectory: true)
                .appendingPathComponent(".local/state", isDirectory: true)
        } else {
            return nil
        }
        return base.appendingPathComponent("nnlab/history", isDirectory: false)
    }

    // MARK: - libedit plumbing

    /// Adds `statement` to libedit's and the file's history and saves the file.
    private func remember(_ statement: String) -> ReadResult {
        let added = history?.append(statement) ?? true
        if added, !statement.allSatisfy(\.isWhitespace), let editHistory {
            nnle_history_enter(editHistory, statement)
        }
        if added { try? history?.save() }
        return .line(statement)
    }

    /// Sets emacs mode, signal handling, history, prompt callback, Tab and Ctrl-R bindings.
    private func configure(_ editLine: OpaquePointer) {
        let editHistory = history_init()
        self.editHistory = editHistory
        if let editHistory {
            nnle_history_set_size(editHistory, Int32(Self.historyCapacity))
            nnle_history_set_unique(editHistory, 1)
            nnle_set_history(editLine, editHistory)
        }
        nnle_set_editor(editLine, "emacs")
        nnle_set_signal(editLine, 1)
        nnle_set_clientdata(editLine, Unmanaged.passUnretained(self).toOpaque())
        nnle_set_prompt_esc(editLine, Self.promptFunction, CChar(1))
        nnle_add_function(
            editLine, "nnlab-complete", "Complete the word under the cursor",
            Self.completeFunction)
        nnle_bind(editLine, "^I", "nnlab-complete")
        nnle_bind(editLine, "^R", "em-inc-search-prev")
    }

    /// Replaces the prompt libedit draws.
    private func setPrompt(_ prompt: String) {
        free(promptCString)
        promptCString = strdup(PromptMarkup.markInvisible(prompt))
    }

    /// `prompt` without escape sequences, for the plain fallback on a terminal.
    private static func plainText(of prompt: String) -> String {
        PromptMarkup.markInvisible(prompt)
            .split(separator: "\u{1}", omittingEmptySubsequences: false)
            .enumerated().filter { $0.offset % 2 == 0 }.map(\.element).joined()
    }

    /// The editor whose `self` was stored as libedit client data.
    private static func owner(of editLine: OpaquePointer) -> LineEditor? {
        guard let data = nnle_get_clientdata(editLine) else { return nil }
        return Unmanaged<LineEditor>.fromOpaque(data).takeUnretainedValue()
    }

    /// libedit's prompt callback (C cannot capture context: the editor comes via client data).
    private static let promptFunction: @convention(c) (OpaquePointer?) -> UnsafeMutablePointer<CChar>? = {
        editLine in
        guard let editLine else { return nil }
        return LineEditor.owner(of: editLine)?.promptCString
    }

    /// libedit's Tab command.
    private static let completeFunction: @convention(c) (OpaquePointer?, Int32) -> UInt8 = {
        editLine, _ in
        guard let editLine, let editor = LineEditor.owner(of: editLine) else {
            return UInt8(CC_ERROR)
        }
        return editor.complete(editLine)
    }

    /// Runs the completer on the current line and applies ``CompletionEdit``.
    private func complete(_ editLine: OpaquePointer) -> UInt8 {
        guard let completer, let info = el_line(editLine)?.pointee,
            let buffer = info.buffer, let cursorPointer = info.cursor, let last = info.lastchar
        else { return UInt8(CC_ERROR) }
        let bytes = UnsafeRawBufferPointer(start: buffer, count: max(0, last - buffer))
        let cursorByte = min(max(0, cursorPointer - buffer), bytes.count)
        let line = String(decoding: bytes, as: UTF8.self)
        let characters = Array(line)
        let cursor = min(String(decoding: bytes[..<cursorByte], as: UTF8.self).count, characters.count)
        let completion = completer(line, cursor)
        let start = (0...cursor).contains(completion.wordStart) ? completion.wordStart : cursor
        let typed = String(characters[start..<cursor])
        switch CompletionEdit.decide(typed: typed, candidates: completion.candidates) {
        case .beep:
            return UInt8(CC_ERROR)
        case .insert(let deleteCount, let text):
            if deleteCount > 0 { el_deletestr(editLine, Int32(deleteCount)) }
            guard text.isEmpty || el_insertstr(editLine, text) == 0 else { return UInt8(CC_ERROR) }
            return UInt8(CC_REFRESH)
        case .list(let candidates):
            let width = Self.terminalWidth()
            let rows = ColumnLayout.lines(for: ColumnLayout.displayNames(for: candidates), width: width)
            nnle_write_stdout("\n" + rows.joined(separator: "\n") + "\n")
            return UInt8(CC_REDISPLAY)
        }
    }

    /// Columns of the terminal on stdout; else `$COLUMNS`; else 80.
    private static func terminalWidth() -> Int {
        let columns = Int(nnle_terminal_columns())
        if columns > 0 { return columns }
        if let text = ProcessInfo.processInfo.environment["COLUMNS"], let value = Int(text), value > 0 {
            return value
        }
        return 80
    }
}
