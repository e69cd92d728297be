import Dispatch

/// Maps independent work over every core: reading and parsing files is most of a load.
enum ConcurrentMap {
    /// `items.map(transform)`, run concurrently, results in item order.
    ///
    /// `transform` must touch nothing shared that it mutates; each call here builds
    /// its own file's values, which no other call sees until all have finished.
    static func map<Item: Sendable, Output>(
        _ items: [Item], _ transform: @escaping @Sendable (Item) -> Output
    ) -> [Output] {
        guard items.count > 1 else { return items.map(transform) }
        let slots = Slots<Output>(count: items.count)
        defer { slots.release() }
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            slots.store(transform(items[index]), at: index)
        }
        return slots.collect()
    }

    /// One result slot per item, each written by exactly one iteration and read
    /// only after `concurrentPerform` has returned: no two threads touch the same
    /// memory, which the compiler cannot see, hence `@unchecked`.
    private struct Slots<Output>: @unchecked Sendable {
        private let buffer: UnsafeMutableBufferPointer<Output?>

        init(count: Int) {
            buffer = .allocate(capacity: count)
            buffer.initialize(repeating: nil)
        }

        func store(_ output: Output, at index: Int) { buffer[index] = output }

        func collect() -> [Output] { buffer.compactMap { $0 } }

        func release() {
            _ = buffer.deinitialize()
            buffer.deallocate()
        }
    }
}
