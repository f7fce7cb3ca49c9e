import Synchronization

/// Large blocks of floats given back by `FloatBuffer`s, kept for the next buffer of the same
/// size.
///
/// A training loop asks for the same block sizes step after step. Freed to the system, large
/// blocks would come back as fresh pages that the kernel maps and zeroes on first touch, which
/// cost a fused LSTM step more than its arithmetic. Only blocks of at least `minimumCount`
/// floats are kept, at most `limitBytes` in all; the rest are freed as usual. Safe to use from
/// several threads.
enum FloatBufferPool {
    /// The smallest block kept (16 KiB); smaller ones are cheap to allocate.
    static let minimumCount = 4096
    /// The most memory kept for reuse.
    static let limitBytes = 256 << 20

    /// Addresses of free blocks by capacity, and their total size.
    private struct Shelves {
        var free: [Int: [UInt]] = [:]
        var bytes = 0
    }

    private static let shelves = Mutex(Shelves())

    /// A block of `count` floats (uninitialised), reused when one is free.
    static func take(_ count: Int) -> UnsafeMutablePointer<Float> {
        if count >= minimumCount {
            let reused: UInt? = shelves.withLock { shelves in
                guard let address = shelves.free[count]?.popLast() else { return nil }
                shelves.bytes -= count * MemoryLayout<Float>.stride
                return address
            }
            if let reused, let pointer = UnsafeMutablePointer<Float>(bitPattern: reused) { return pointer }
        }
        return .allocate(capacity: count)
    }

    /// Gives back a block from `take(count)`: kept for reuse, or freed.
    static func give(_ pointer: UnsafeMutablePointer<Float>, count: Int) {
        if count >= minimumCount {
            let kept = shelves.withLock { shelves in
                let size = count * MemoryLayout<Float>.stride
                guard shelves.bytes + size <= limitBytes else { return false }
                shelves.free[count, default: []].append(UInt(bitPattern: pointer))
                shelves.bytes += size
                return true
            }
            if kept { return }
        }
        pointer.deallocate()
    }
}
