/// A half-open range `start..<end` of source text: the stretch a token, argument or error covers.
public struct SourceSpan: Sendable, Hashable, CustomStringConvertible {
    /// The first position inside the span.
    public var start: SourcePosition
    /// The position just after the span.
    public var end: SourcePosition

    /// Creates a span; an `end` before `start` is clamped to `start`.
    public init(start: SourcePosition, end: SourcePosition) {
        self.start = start
        self.end = end < start ? start : end
    }

    /// An empty span at one position (used for "expected something here").
    public init(at position: SourcePosition) {
        self.init(start: position, end: position)
    }

    /// The span from the start of `self` to the end of `other`.
    public func through(_ other: SourceSpan) -> SourceSpan {
        SourceSpan(start: Swift.min(start, other.start), end: Swift.max(end, other.end))
    }

    /// The text the span covers in `source` (the text it was parsed from); nil when the span
    /// is empty or lies outside it.
    public func text(in source: String) -> String? {
        let bytes = source.utf8
        guard start.offset >= 0, end.offset <= bytes.count, start.offset < end.offset else { return nil }
        let from = bytes.index(bytes.startIndex, offsetBy: start.offset)
        let to = bytes.index(bytes.startIndex, offsetBy: end.offset)
        return String(decoding: bytes[from..<to], as: UTF8.self)
    }

    /// The number of UTF-8 bytes covered.
    public var length: Int { end.offset - start.offset }

    /// Whether the span covers no text.
    public var isEmpty: Bool { length == 0 }

    /// `line:column-line:column`.
    public var description: String { "\(start)-\(end)" }
}
