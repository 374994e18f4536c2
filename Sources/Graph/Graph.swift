// `import Graph` gives the whole library: the model and algorithms, the file formats, the answers behind every
// command and the diagrams. A package that needs only the model and algorithms depends on the `GraphCore` product,
// which needs neither Graphviz nor YAML.
@_exported import GraphCore
@_exported import GraphFormats
@_exported import GraphQuery
@_exported import GraphRendering
