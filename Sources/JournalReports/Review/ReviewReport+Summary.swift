/// The review pack's first page (per journal: terminal, runbook, operators, outcome,
/// seal, code match, sign-off; then what needs attention), its custody section, the
/// reviewer's notes and the signature block.
extension ReviewReport {
    func summary(_ writer: some ReportWriter, _ text: ReportText) throws(ReportError) {
        try writer.heading(text.summary, level: 2)
        try writer.beginTable([
            text.journal, text.host, text.runbook, text.operators, text.outcome, text.verdict,
            text.seal, text.codeMatch,
            text.signed,
        ])
        for source in sources {
            let runs = analysis.runs.filter { $0.start.journalIndex == source.index }
            let signers = analysis.signOffs.filter { $0.reference.journalIndex == source.index }
                .map(\.reviewer)
            let signature =
                signers.isEmpty
                ? text.notSignedBecause(signingProblems[source.path]) : text.signedBy(signers)
            let intact = source.verification.isIntact
            try writer.tableRow(
                [
                    "\(source.index + 1) · \(source.shortIdentifier)", source.host ?? text.unknown,
                    runs.map(\.runbookID).joined(separator: ", "),
                    (analysis.operatorsByJournal[source.index] ?? []).joined(separator: ", "),
                    runs.map { $0.isOpen ? text.runState($0) : text.outcomeName($0.outcome) }
                        .joined(separator: ", "),
                    text.verdictState(source), text.sealState(source), text.codeMatchState(source),
                    signature,
                ], tone: !intact ? .alert : signers.isEmpty ? .caution : .normal)
        }
        try writer.endTable()
        try needsAttention(writer, text)
    }

    private func needsAttention(_ writer: some ReportWriter, _ text: ReportText) throws(ReportError)
    {
        try writer.heading(text.needsAttention, level: 3)
        var rows: [(cells: [String], tone: ReportTone)] = []
        for source in sources {
            if let failure = source.verification.firstError {
                rows.append(
                    (
                        [
                            "", "\(source.index + 1)", text.journalNotIntact(failure.line),
                            failure.description,
                        ], .alert
                    ))
            }
        }
        for deviation in analysis.deviations {
            let reference = deviation.reference
            rows.append(
                (
                    [
                        reference.localTime.readableText, "\(reference.journalIndex + 1)",
                        text.deviationName(deviation.kind),
                        [reference.step, deviation.reason].compactMap { $0 }.joined(
                            separator: ": "),
                    ],
                    deviation.kind == .checkFailed || deviation.kind == .aborted ? .alert : .caution
                ))
        }
        var reachedContacts = Set<String>()
        for call in analysis.calls where call.result == "reached" {
            reachedContacts.insert(call.contact)
        }
        var listed = Set<String>()
        for call in analysis.calls
        where !reachedContacts.contains(call.contact) && listed.insert(call.contact).inserted {
            rows.append(
                (
                    [
                        call.reference.localTime.readableText, "\(call.reference.journalIndex + 1)",
                        text.unreachedContact, call.contact,
                    ],
                    .caution
                ))
        }
        for run in analysis.pendingRuns {
            rows.append(
                (
                    [
                        run.lastRecord.localTime.readableText, "\(run.start.journalIndex + 1)",
                        text.runNotEnded,
                        "\(run.runbookID): \(text.runState(run))",
                    ], .caution
                ))
        }
        for pause in analysis.interruptions {
            rows.append(
                (
                    [
                        pause.localTime.readableText, "\(pause.journalIndex + 1)",
                        text.interruption, pause.step ?? "",
                    ], .caution
                ))
        }
        guard !rows.isEmpty else { return try writer.paragraph(text.none, tone: .good) }
        try writer.beginTable([text.time, text.journal, text.what, text.details])
        for row in rows { try writer.tableRow(row.cells, tone: row.tone) }
        try writer.endTable()
    }

    func custody(_ writer: some ReportWriter, _ text: ReportText) throws(ReportError) {
        try writer.heading(text.custodyTitle, level: 2)
        guard !analysis.custody.isEmpty else {
            return try writer.paragraph(text.none, tone: .normal)
        }
        try writer.beginTable([
            text.journal, text.item, text.description, "SHA-256", text.custodyHistory,
        ])
        for item in analysis.custody {
            var history = [
                "\(item.saved.localTime.readableText) \(text.custodySaved(item.custodian, location: item.location))"
            ]
            for transfer in item.transfers {
                history.append(
                    "\(transfer.reference.localTime.readableText) \(text.custodyHanded(from: transfer.from, to: transfer.to, note: transfer.note))"
                )
            }
            let description = [item.description, item.path].compactMap { $0 }.filter { !$0.isEmpty }
                .joined(separator: "\n")
            try writer.tableRow(
                [
                    "\(item.saved.journalIndex + 1)", item.item, description, item.sha256 ?? "",
                    history.joined(separator: "\n"),
                ],
                tone: .normal)
        }
        try writer.endTable()
    }

    func reviewerNotes(_ writer: some ReportWriter, _ text: ReportText) throws(ReportError) {
        guard !analysis.notes.isEmpty else { return }
        try writer.heading(text.reviewerNotes, level: 2)
        try writer.beginTable([text.journal, "seq", text.tags, text.comment, text.reviewer])
        for note in analysis.notes {
            try writer.tableRow(
                [
                    "\(note.reference.journalIndex + 1)", String(note.referencedSeq),
                    note.tags.joined(separator: ", "),
                    note.comment, note.reference.actor,
                ], tone: .normal)
        }
        try writer.endTable()
    }
}
