/// Whether operations are recorded on the gradient tape.
///
/// Recording is on by default. Evaluation, plotting and optimiser updates run inside
/// `GradMode.withoutRecording { … }` so they build no graph.
public enum GradMode {
    @TaskLocal static var enabled = true

    /// Whether operations are being recorded right now.
    public static var isEnabled: Bool { enabled }

    /// Runs `body` with recording off, passing its error through unchanged.
    public static func withoutRecording<R, E: Error>(_ body: () throws(E) -> R) throws(E) -> R {
        let result: Result<R, E> = $enabled.withValue(false) { Result(catching: body) }
        return try result.get()
    }
}
