import Foundation

/// Tests/GraphTests/Resources: reference values with the scripts that made them, fixtures and golden files. Read by
/// path, not as bundle resources, so a failing test names the file to look at.
enum TestResources {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Resources")
}
