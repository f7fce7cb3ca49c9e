#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The size of the terminal that standard output is connected to.
///
/// The environment's `COLUMNS` and `LINES` come first (a projector, a recording, a test can set
/// them), then what the terminal itself reports. Both are read anew on every call, so a
/// resized window is honoured by the next picture.
public enum TerminalSize {
    /// The terminal's width in columns: a positive `COLUMNS` of `environment`, else
    /// `ioctl(TIOCGWINSZ)` on standard output, else 80.
    public static func columns(environment: [String: String]) -> Int {
        columns(environment: environment, ioctlColumns: standardOutputSize()?.columns)
    }

    /// The pure rule behind `columns(environment:)`: a positive `COLUMNS`, else `ioctlColumns`
    /// when it is positive, else 80.
    public static func columns(environment: [String: String], ioctlColumns: Int?) -> Int {
        if let c = positive(environment["COLUMNS"]) { return c }
        if let c = ioctlColumns, c > 0 { return c }
        return 80
    }

    /// The terminal's height in lines: a positive `LINES` of `environment`, else
    /// `ioctl(TIOCGWINSZ)` on standard output, else nil (not a terminal: no height is known).
    public static func rows(environment: [String: String]) -> Int? {
        rows(environment: environment, ioctlRows: standardOutputSize()?.rows)
    }

    /// The pure rule behind `rows(environment:)`: a positive `LINES`, else `ioctlRows` when it
    /// is positive, else nil.
    public static func rows(environment: [String: String], ioctlRows: Int?) -> Int? {
        if let r = positive(environment["LINES"]) { return r }
        if let r = ioctlRows, r > 0 { return r }
        return nil
    }

    /// The columns reported by `ioctl(TIOCGWINSZ)` on standard output, or nil when it is not a
    /// terminal.
    public static func standardOutputColumns() -> Int? { standardOutputSize()?.columns }

    /// Columns and rows reported by `ioctl(TIOCGWINSZ)` on standard output, or nil when it is
    /// not a terminal.
    public static func standardOutputSize() -> (columns: Int, rows: Int)? {
        #if canImport(Glibc) || canImport(Musl) || canImport(Darwin)
        var size = winsize()
        let result = ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size)
        if result == 0, size.ws_col > 0 { return (Int(size.ws_col), Int(size.ws_row)) }
        return nil
        #else
        return nil
        #endif
    }

    /// A positive whole number written in `text`, or nil.
    static func positive(_ text: String?) -> Int? {
        guard let text = text?.trimmingSpaces, let n = Int(text), n > 0 else { return nil }
        return n
    }

    /// Whether standard output is a terminal (`isatty`).
    public static func standardOutputIsTerminal() -> Bool {
        #if canImport(Glibc) || canImport(Musl) || canImport(Darwin)
        return isatty(STDOUT_FILENO) == 1
        #else
        return false
        #endif
    }
}

extension String {
    /// The string without leading and trailing spaces and tabs.
    var trimmingSpaces: String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" { s.removeLast() }
        return String(s)
    }
}
