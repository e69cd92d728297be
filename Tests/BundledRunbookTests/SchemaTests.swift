import Foundation
import ShodoTestSupport
import Testing

/// The JSON Schemas are checked with Python's `jsonschema` (a validator from the
/// package registries; `scripts/install-deps` installs it when missing), so
/// editors that use the schema agree with `shodo validate` on the bundled files.
@Suite("JSON Schema for editors")
struct SchemaTests {
    static let checker = """
        import json, sys, yaml, jsonschema
        schema = json.load(open(sys.argv[1]))
        validator = jsonschema.Draft202012Validator(schema)
        failures = 0
        for path in sys.argv[2:]:
            class Loader(yaml.SafeLoader): pass
            Loader.yaml_implicit_resolvers = {k: [r for r in v if r[0] != 'tag:yaml.org,2002:timestamp']
                                              for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()}
            document = yaml.load(open(path, encoding='utf-8'), Loader=Loader)
            errors = list(validator.iter_errors(document))
            for error in errors:
                print(f"{path}: {'/'.join(map(str, error.path))}: {error.message}")
            failures += bool(errors)
        sys.exit(1 if failures else 0)
        """

    func check(schema: String, files: [String]) throws -> ProcessRun {
        try ProcessRun.run(
            "/usr/bin/env", ["python3", "-c", Self.checker, schema] + files,
            environment: ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"])
    }

    @Test func theRunbookSchemaAcceptsEveryBundledRunbook() throws {
        let result = try check(
            schema: BundledContent.schemas + "/runbook.schema.json",
            files: BundledContent.runbookFiles)
        #expect(result.status == 0, "\(result.output)\(result.errors)")
    }

    @Test func theRunbookSchemaRejectsAnUnknownKey() throws {
        let directory = TemporaryDirectory("shodo-schema")
        defer { directory.remove() }
        let first = try #require(BundledContent.runbookFiles.first)
        let original = try String(contentsOfFile: first, encoding: .utf8)
        let broken = directory.write(
            "broken.yaml",
            original.replacingOccurrences(of: "\nsteps:\n", with: "\nstpes: []\nsteps:\n"))
        let result = try check(
            schema: BundledContent.schemas + "/runbook.schema.json", files: [broken])
        #expect(result.status == 1)
        #expect(result.output.contains("stpes"))
    }

    @Test func theContactsAndPrinciplesSchemasAcceptTheBundledFiles() throws {
        let contacts = try check(
            schema: BundledContent.schemas + "/contacts.schema.json",
            files: [BundledContent.contacts])
        #expect(contacts.status == 0, "\(contacts.output)\(contacts.errors)")
        let principles = try check(
            schema: BundledContent.schemas + "/first-principles.schema.json",
            files: [BundledContent.runbooks + "/first-principles.yaml"])
        #expect(principles.status == 0, "\(principles.output)\(principles.errors)")
    }

    @Test func theScenarioSchemaAcceptsEveryBundledScenarioAndRejectsTwoTriggers() throws {
        let schema = BundledContent.schemas + "/drill-scenario.schema.json"
        let accepted = try check(schema: schema, files: BundledContent.scenarioFiles)
        #expect(accepted.status == 0, "\(accepted.output)\(accepted.errors)")
        let directory = TemporaryDirectory("shodo-schema")
        defer { directory.remove() }
        let first = try #require(BundledContent.scenarioFiles.first)
        let original = try String(contentsOfFile: first, encoding: .utf8)
        let broken = directory.write(
            "broken.yaml",
            original.replacingOccurrences(
                of: "    at: 4m\n", with: "    at: 4m\n    manual: true\n"))
        #expect(broken != first && original.contains("    at: 4m\n"))
        let rejected = try check(schema: schema, files: [broken])
        #expect(rejected.status == 1)
        #expect(rejected.output.contains("injects/0"))
    }
}
