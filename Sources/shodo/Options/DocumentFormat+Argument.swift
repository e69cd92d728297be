import ArgumentParser
import DocumentMarkup

/// `--format md|html` of `print`, `review` and `drill report` reads the one document format.
extension DocumentFormat: ExpressibleByArgument {}
