/// A problem with the shapes or values given to a tensor operation: the message says what
/// was expected and what arrived.
public struct TensorError: Error, Equatable, CustomStringConvertible, Sendable {
    /// What went wrong, in words for a learner.
    public let message: String

    /// An error with the given message.
    public init(_ message: String) {
        self.message = message
    }

    /// The message.
    public var description: String { message }

    /// The description of a shape as a learner reads it: `[2, 3]`, or `scalar`.
    public static func describe(_ shape: [Int]) -> String {
        shape.isEmpty ? "scalar" : "[" + shape.map(String.init).joined(separator: ", ") + "]"
    }
}
