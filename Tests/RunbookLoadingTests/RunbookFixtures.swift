import RunbookLoading

/// The contacts file most runbook tests load beside their runbook.
let standardContacts = """
    format: 1
    contacts:
      - id: it-oncall
        name: {ja: 情報システム担当, en: IT on-call}
        phones: ["内線 1234"]
    """

/// Loads one runbook (plus the standard contacts file) and returns the runbook file's diagnostics.
func problems(in runbook: String, contacts: String? = standardContacts) throws -> [Found] {
    let workspace = try TestWorkspace()
    let path = try workspace.write("runbook.yaml", runbook)
    if let contacts { try workspace.write("contacts.yaml", contacts) }
    return workspace.load().diagnostics.filter { $0.file == path }.map(Found.init)
}

/// The top of a minimal runbook, up to `steps:`; the first step goes on line 6.
let runbookHeader = """
    format: 1
    id: sample
    version: 1
    title: 見本
    steps:

    """
