import Foundation
import Language
import Plotting

/// Prints interpreter outputs to standard output: pictures at the terminal's size (read anew
/// for every picture, so a resized window is honoured) and in its colours, errors with their
/// caret, progress and live pictures redrawn in place on a terminal.
///
/// When standard output is not a terminal nothing is redrawn: progress and live pictures are
/// not printed at all, and no escape code is written.
final class TerminalPrinter {
    /// Whether standard output is a terminal.
    let isTerminal: Bool
    private let colorMode: ColorMode
    private let ascii: Bool
    private let environment: [String: String]
    /// The progress line is on screen, the cursor at its end.
    private var progressShown = false
    /// Lines of the live picture on screen, above the cursor's line (0: none).
    private var liveLines = 0

    /// A printer for this process's standard output.
    init(noColor: Bool, ascii: Bool = false) {
        let environment = ProcessInfo.processInfo.environment
        self.environment = environment
        self.isTerminal = TerminalSize.standardOutputIsTerminal()
        self.ascii = ascii
        let detected = ColorMode.detect(environment: environment, isTerminal: isTerminal)
        self.colorMode = noColor ? .none : detected
    }

    /// Options for drawing now: the terminal's width and height as they are at this moment
    /// (`COLUMNS` and `LINES` override them), or the size the session fixed (`set width`,
    /// `set height`).
    func options(size: PictureSize = PictureSize()) -> RenderOptions {
        var options = RenderOptions.forStandardOutput(environment: environment, asciiOnly: ascii)
        options.colorMode = colorMode
        if let width = size.width { options.width = width }
        if let height = size.height { options.height = max(8, height - RenderOptions.linesLeftFree) }
        return options
    }

    /// Options for what is redrawn in place (progress, live pictures): as `options(size:)`, but
    /// never wider or taller than the screen really is, less `keepingLines` lines, so that no
    /// line wraps and the cursor can always go back to the top.
    func screenOptions(size: PictureSize, keepingLines: Int = 0) -> RenderOptions {
        var options = options(size: size)
        let screen = TerminalSize.standardOutputSize()
        if let columns = screen?.columns { options.width = min(options.width, columns) }
        let rows = [size.height, TerminalSize.rows(environment: environment), screen.map(\.rows)].compactMap { $0 }.filter { $0 > 0 }.min() ?? 24
        options.height = max(8, rows - keepingLines)
        return options
    }

    /// The options of a picture drawn right now at the terminal's size.
    var options: RenderOptions { options() }

    /// Shows one output; pictures are drawn for `size` where the session fixed it.
    func show(_ output: Output, size: PictureSize = PictureSize()) {
        switch output {
        case .progress(let bar):
            guard isTerminal else { return }
            write("\r" + bar.renderText(screenOptions(size: size)) + "\u{1B}[K")
            progressShown = true
            return
        case .live(let picture):
            guard isTerminal else { return }
            showLive(picture, size: size)
            return
        case .request, .export:
            return
        case .text, .picture, .error:
            break
        }
        endProgress()
        switch output {
        case .text(let text):
            write(text + "\n")
        case .picture(let picture):
            write(picture.renderText(options(size: size)) + "\n")
        case .error(let diagnostic, let source):
            var text = diagnostic.render(source: source)
            if colorMode != .none {
                text = text.replacingOccurrences(of: "error:", with: "\u{1B}[1;31merror:\u{1B}[0m")
            }
            write(text + "\n")
        default:
            break
        }
    }

    /// Draws a live picture over the previous one: the cursor goes back to the top of the
    /// live area, each line is cleared and written, and what is left below is cleared. The
    /// picture fits the screen as it really is, whatever `set width` and `set height` say (two
    /// lines are kept for the progress line and the cursor, and no line wraps), so going back
    /// up always reaches its top.
    private func showLive(_ picture: any Picture, size: PictureSize) {
        let lines = picture.renderText(screenOptions(size: size, keepingLines: 2)).split(separator: "\n", omittingEmptySubsequences: false)
        var text = "\r"
        if liveLines > 0 { text += "\u{1B}[\(liveLines)A" }
        for line in lines { text += "\u{1B}[2K" + line + "\n" }
        text += "\u{1B}[J"
        write(text)
        liveLines = lines.count
        progressShown = false
    }

    /// Ends a progress line so the next output starts on its own line, and takes a live
    /// picture off the screen: the statement's lasting outputs follow it.
    func endProgress() {
        if liveLines > 0 {
            write("\r\u{1B}[\(liveLines)A\u{1B}[J")
            liveLines = 0
            progressShown = false
        }
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
        colorMode == .none ? text : "\u{1B}[1m\(text)\u{1B}[0m"
    }

    /// Whether colour is on.
    var hasColor: Bool { colorMode != .none }
}
