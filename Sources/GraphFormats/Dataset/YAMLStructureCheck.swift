// libyaml's event parser, the C library under Yams (Yams's own composer gives no hook before it expands aliases).
import CYaml
import GraphCore

/// A pass over the dataset's YAML events before Yams composes a tree from them, refusing what could make a small file
/// cost without bound: aliases (`*name`), which Yams expands into copies (nested aliases used as mapping keys took 20 s
/// for 495 bytes, since every key is hashed whole), and nesting deeper than ``maxDepth`` (the composer recurses once
/// per level). The dataset format needs neither: its deepest value is an attribute list four levels down.
enum YAMLStructureCheck {
    static let maxDepth = 64

    /// - Throws: ``GraphInputError`` with the line and column of the first alias or too-deep collection. YAML syntax
    ///   errors are left to Yams, which reports them with more context.
    static func check(_ text: String, file: String) throws(GraphInputError) {
        var bytes = Array(text.utf8)
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return }
        defer { yaml_parser_delete(&parser) }
        let found: Diagnostic? = bytes.withUnsafeMutableBufferPointer { buffer in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            var depth = 0
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else { return nil }
                defer { yaml_event_delete(&event) }
                let line = Int(event.start_mark.line) + 1, column = Int(event.start_mark.column) + 1
                switch event.type {
                case YAML_ALIAS_EVENT:
                    let name = event.data.alias.anchor.map { String(cString: $0) } ?? ""
                    return Diagnostic(file: file, line: line, column: column,
                                      message: "YAML alias '*\(name)' is not allowed in a dataset (aliases let a small file expand without bound): write the value out")
                case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                    depth += 1
                    if depth > maxDepth {
                        return Diagnostic(file: file, line: line, column: column, message: "YAML nested more than \(maxDepth) levels deep")
                    }
                case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                    depth -= 1
                case YAML_STREAM_END_EVENT:
                    return nil
                default:
                    break
                }
            }
        }
        if let found { throw GraphInputError([found]) }
    }
}
