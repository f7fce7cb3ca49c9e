import Foundation
import Language
import Plotting

/// Prints interpreter outputs to standard output: pictures at the terminal's width and in its
/// colours, errors with their caret, progress redrawn in place on a terminal.
final class TerminalPrinter {
    let options: RenderOptions
    let isTerminal: Bool
    private var progressShown = false

    /// A printer for this process's standard output.
    init(noColor: Bool, ascii: Bool = false) {
        let environment = ProcessInfo.processInfo.environment
        var options = RenderOptions.forStandardOutput(environment: environment, asciiOnly: ascii)
        if noColor { options.colorMode = .none }
        self.options = options
        self.isTerminal = TerminalSize.standardOutputIsTerminal()
    }

    /// Shows one output.
    func show(_ output: Output) {
        switch output {
        case .progress(let bar):
            guard isTerminal else { return }
            write("\r" + bar.renderText(options) + "\u{1B}[K")
            progressShown = true
            return
        case .request:
            return
        default:
            break
        }
        endProgress()
        switch output {
        case .text(let text):
            write(text + "\n")
        case .picture(let picture):
            write(picture.renderText(options) + "\n")
        case .error(let diagnostic, let source):
            var text = diagnostic.render(source: source)
            if options.colorMode != .none {
                text = text.replacingOccurrences(of: "error:", with: "\u{1B}[1;31merror:\u{1B}[0m")
            }
            write(text + "\n")
        default:
            break
        }
    }

    /// Ends a progress line so the next output starts on its own line.
    func endProgress() {
        if progressShown {
            write("\n")
            progressShown = false
        }
    }

    /// Writes text to standard output at once.
    func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// `text` in bold when colour is on.
    func bold(_ text: String) -> String {
        options.colorMode == .none ? text : "\u{1B}[1m\(text)\u{1B}[0m"
    }
}
