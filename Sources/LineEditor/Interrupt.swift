import CLibEdit
import Synchronization

/// Ctrl-C as a polled request instead of a process kill.
///
/// After ``install()``, SIGINT only sets a process-wide flag. A long computation (a `train`
/// loop) polls ``isRequested`` between steps and stops cleanly. While ``LineEditor`` waits
/// for input, libedit turns Ctrl-C into ``ReadResult/interrupted`` instead.
///
/// Clearing: ``LineEditor/readStatement(prompt:continuationPrompt:isComplete:)`` clears the
/// flag before it returns, so a statement always starts with a clear flag. Code that starts a
/// computation any other way (a lesson runner, a script) calls ``clear()`` first, and once
/// the computation has stopped it reports and calls ``clear()`` again.
public enum Interrupt {
    /// Holds the flag; a class so the `Atomic` (not copyable) lives at one address.
    private final class Flag: Sendable {
        let requested = Atomic<Bool>(false)
    }

    /// The process-wide flag, created before the handler is installed (the signal handler
    /// must never be the first to touch a lazily initialised global).
    private static let flag = Flag()

    /// The SIGINT handler: one lock-free atomic store, which is async-signal-safe.
    private static let handler: @convention(c) (Int32) -> Void = { _ in
        Interrupt.flag.requested.store(true, ordering: .relaxed)
    }

    /// Installs the SIGINT handler (idempotent). Interrupted blocking reads are restarted.
    /// - Returns: `false` if `sigaction` failed.
    @discardableResult
    public static func install() -> Bool {
        _ = flag.requested.load(ordering: .relaxed)
        return nnle_install_sigint(handler) == 0
    }

    /// Whether Ctrl-C was pressed since the last ``clear()``.
    public static var isRequested: Bool {
        flag.requested.load(ordering: .relaxed)
    }

    /// Forgets a pending Ctrl-C.
    public static func clear() {
        flag.requested.store(false, ordering: .relaxed)
    }

    /// Sets the flag as Ctrl-C would (for tests and for a `stop` command).
    public static func request() {
        flag.requested.store(true, ordering: .relaxed)
    }
}
