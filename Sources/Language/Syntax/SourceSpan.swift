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

    /// The number of UTF-8 bytes covered.
    public var length: Int { end.offset - start.offset }

    /// Whether the span covers no text.
    public var isEmpty: Bool { length == 0 }

    /// `line:column-line:column`.
    public var description: String { "\(start)-\(end)" }
}
