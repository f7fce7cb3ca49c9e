import CKernels

/// How the process's C allocator treats large freed blocks: a start-up setting for
/// executables that train.
public enum MemoryPolicy {
    /// Asks the C allocator to keep freed memory for reuse instead of returning it to the
    /// system (with glibc: blocks below 32 MiB from the heap, the heap trimmed only past
    /// 512 MiB). Returns whether the setting was applied (false on other C libraries).
    ///
    /// A training step frees and reallocates arrays of the same sizes step after step. With
    /// glibc's defaults, arrays of 128 KiB or more (an LSTM's `[32, 50, 32]` output is 200 KiB)
    /// come back as fresh pages that the kernel maps and zeroes on first touch; on P3's LSTM
    /// step that cost about as much as the arithmetic. The memory kept is at most the largest
    /// working set the process has used. Process-wide: call once, early, from the executable.
    @discardableResult
    public static func keepFreedMemoryForReuse() -> Bool {
        nnlab_keep_freed_memory() == 1
    }
}
