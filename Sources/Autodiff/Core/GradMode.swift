/// Whether operations are recorded on the gradient tape.
///
/// Recording is on by default. Evaluation, plotting and optimiser updates run inside
/// `GradMode.withoutRecording { … }` so they build no graph.
public enum GradMode {
    @TaskLocal static var enabled = true

    /// Whether operations are being recorded right now.
    public static var isEnabled: Bool { enabled }

    /// Runs `body` with recording off.
    public static func withoutRecording<R>(_ body: () throws -> R) rethrows -> R {
        try $enabled.withValue(false) { try body() }
    }
}
