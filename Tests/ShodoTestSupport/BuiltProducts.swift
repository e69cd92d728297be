import Foundation

/// Executables built next to the running test bundle (`.build/<config>/`).
public enum BuiltProducts {
    /// The directory holding the test bundle, hence every built product.
    public static var directory: String {
        let executable =
            (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? CommandLine.arguments[0]
        var directory = (executable as NSString).deletingLastPathComponent
        // On macOS the bundle is a directory: .build/debug/X.xctest/Contents/MacOS/X
        while directory.contains(".xctest") {
            directory = (directory as NSString).deletingLastPathComponent
        }
        return directory
    }

    /// The path of the product named `name`.
    public static func path(_ name: String) -> String {
        (directory as NSString).appendingPathComponent(name)
    }
}
