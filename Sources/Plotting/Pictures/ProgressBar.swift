/// A one-line progress bar for training: label, bar, percentage, rate, time left and fields
/// such as the current loss. It always fits the width: fields, then the rate and time left are
/// dropped, then the bar shrinks, then the label is cut.
public struct ProgressBar: Picture {
    /// How far along, 0…1 (clamped; non-finite shows `?%`).
    public var fraction: Double
    /// What is progressing (`epoch 12/100`).
    public var label: String
    /// The rate as text (`1234 steps/s`), if known.
    public var rate: String?
    /// Seconds left, if known.
    public var etaSeconds: Double?
    /// Extra fields shown after, in order (`loss 0.123`).
    public var fields: [String]

    /// Creates a progress bar.
    public init(fraction: Double, label: String = "", rate: String? = nil, etaSeconds: Double? = nil, fields: [String] = []) {
        self.fraction = fraction
        self.label = label
        self.rate = rate
        self.etaSeconds = etaSeconds
        self.fields = fields
    }

    /// The bar's cells: full blocks and one partial block (eighths), or `#` in ASCII.
    static func bar(_ f: Double, cells: Int, ascii: Bool) -> (filled: String, empty: String) {
        let eighths = Int((f * Double(cells * 8)).rounded())
        var filled = String(repeating: ascii ? "#" : "█", count: min(cells, eighths / 8))
        let partial: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]
        if !ascii, eighths / 8 < cells, eighths % 8 > 0 { filled.append(partial[eighths % 8 - 1]) }
        let emptyCount = cells - DisplayWidth.of(filled)
        return (filled, String(repeating: ascii ? "-" : " ", count: max(0, emptyCount)))
    }

    /// Draws the bar as a single line (see `Picture.renderText(_:)`).
    public func renderText(_ options: RenderOptions) -> String {
        let width = options.layoutWidth
        let ascii = options.asciiOnly
        let f = fraction.isFinite ? min(1, max(0, fraction)) : 0
        let percent = fraction.isFinite ? "\(Int((f * 100).rounded(.down)))%" : "?%"
        // Shown in this order; dropped (when too wide) rate first, then time left, then the
        // fields from the last.
        var rateText = rate
        var etaText = etaSeconds.map { "eta " + NumberFormat.duration($0) }
        var fieldTexts = fields
        func tail() -> [String] { [percent] + [rateText, etaText].compactMap { $0 } + fieldTexts }
        let open = ascii ? "[" : "▕", close = ascii ? "]" : "▏"
        var label = self.label
        func length(_ bar: Int) -> Int {
            let t = tail()
            return (label.isEmpty ? 0 : DisplayWidth.of(label) + 1) + bar + 2 + t.reduce(0) { $0 + 2 + DisplayWidth.of($1) } - 1
        }
        var barCells = max(10, min(30, width - length(0)))
        while length(barCells) > width {
            if rateText != nil {
                rateText = nil
            } else if etaText != nil {
                etaText = nil
            } else if !fieldTexts.isEmpty {
                fieldTexts.removeLast()
            } else {
                break
            }
            barCells = max(10, min(30, width - length(0)))
        }
        if length(barCells) > width { barCells = max(5, width - length(0)) }
        if length(barCells) > width {
            let room = width - length(barCells) + DisplayWidth.of(label)
            label = room > 1 ? DisplayWidth.truncate(label, to: room, asciiOnly: ascii) : ""
        }
        if length(barCells) > width { barCells = max(1, width - length(0)) }
        let (filled, empty) = ProgressBar.bar(f, cells: barCells, ascii: ascii)
        var line = label.isEmpty ? "" : label + " "
        line += open + ANSI.colored(filled, Palette.seriesColor(2), mode: options.colorMode) + empty + close
        line += " " + tail().joined(separator: "  ")
        return line
    }
}
