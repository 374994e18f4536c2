extension StringProtocol {
    /// The text without leading and trailing white space (spaces, tabs, line breaks and other Unicode white space).
    /// A pure-Swift replacement for Foundation's `trimmingCharacters(in:)`, which is slow on Linux (it bridges through
    /// NSString) and shows up in load profiles.
    package var trimmed: String {
        guard let first = firstIndex(where: { !$0.isWhitespace }) else { return "" }
        let last = lastIndex(where: { !$0.isWhitespace })!
        return String(self[first...last])
    }
}
