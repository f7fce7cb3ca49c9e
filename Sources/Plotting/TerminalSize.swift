#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The size of the terminal that standard output is connected to.
public enum TerminalSize {
    /// The terminal's width in columns: `ioctl(TIOCGWINSZ)` on standard output, else the
    /// `COLUMNS` variable of `environment`, else 80.
    public static func columns(environment: [String: String]) -> Int {
        columns(environment: environment, ioctlColumns: standardOutputColumns())
    }

    /// The pure rule behind `columns(environment:)`: `ioctlColumns` when it is positive, else a
    /// positive `COLUMNS`, else 80.
    public static func columns(environment: [String: String], ioctlColumns: Int?) -> Int {
        if let c = ioctlColumns, c > 0 { return c }
        if let text = environment["COLUMNS"]?.trimmingSpaces, let c = Int(text), c > 0 {
            return c
        }
        return 80
    }

    /// The columns reported by `ioctl(TIOCGWINSZ)` on standard output, or nil when it is not a
    /// terminal.
    public static func standardOutputColumns() -> Int? {
        #if canImport(Glibc) || canImport(Musl) || canImport(Darwin)
        var size = winsize()
        let result = ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size)
        if result == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return nil
        #else
        return nil
        #endif
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
