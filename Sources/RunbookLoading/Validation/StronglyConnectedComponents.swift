/// Tarjan's strongly connected components, without recursion so a long chain of
/// steps or includes cannot overflow the stack.
enum StronglyConnectedComponents {
    /// The components of the graph `successors` (node index to successor indices).
    /// Every node is in exactly one component; a component of one node is a cycle
    /// only if the node is its own successor.
    static func of(_ successors: [[Int]]) -> [[Int]] {
        let count = successors.count
        var index = [Int?](repeating: nil, count: count)
        var lowLink = [Int](repeating: 0, count: count)
        var onStack = [Bool](repeating: false, count: count)
        var stack: [Int] = []
        var components: [[Int]] = []
        var nextIndex = 0

        for root in 0..<count where index[root] == nil {
            // Each frame is a node and how many of its successors have been visited.
            var frames: [(node: Int, successor: Int)] = [(root, 0)]
            index[root] = nextIndex
            lowLink[root] = nextIndex
            nextIndex += 1
            stack.append(root)
            onStack[root] = true
            while let frame = frames.last {
                let node = frame.node
                if frame.successor < successors[node].count {
                    frames[frames.count - 1].successor += 1
                    let successor = successors[node][frame.successor]
                    if let successorIndex = index[successor] {
                        if onStack[successor] { lowLink[node] = min(lowLink[node], successorIndex) }
                    } else {
                        index[successor] = nextIndex
                        lowLink[successor] = nextIndex
                        nextIndex += 1
                        stack.append(successor)
                        onStack[successor] = true
                        frames.append((successor, 0))
                    }
                    continue
                }
                frames.removeLast()
                if let parent = frames.last?.node {
                    lowLink[parent] = min(lowLink[parent], lowLink[node])
                }
                if lowLink[node] == index[node] {
                    var component: [Int] = []
                    while let member = stack.popLast() {
                        onStack[member] = false
                        component.append(member)
                        if member == node { break }
                    }
                    components.append(component.sorted())
                }
            }
        }
        return components
    }
}
