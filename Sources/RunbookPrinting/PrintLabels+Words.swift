import RunbookModel

/// Words for the model's enumerations and well-known role ids.
extension PrintLabels {
    /// A runbook's severity, with the YAML word kept in Japanese for IT staff.
    public func severity(_ severity: Severity) -> String {
        switch severity {
        case .critical: pick("最重要（critical）", "critical")
        case .high: pick("高（high）", "high")
        case .medium: pick("中（medium）", "medium")
        case .low: pick("低（low）", "low")
        }
    }

    /// How an end step closes the run.
    public func outcome(_ outcome: RunOutcome) -> String {
        switch outcome {
        case .resolved: pick("解決", "resolved")
        case .escalated: pick("上位の責任者へ引き上げ", "escalated")
        case .handedOver: pick("引き継ぎ", "handed over")
        case .aborted: pick("中止", "aborted")
        }
    }

    /// Where a command is typed.
    public func platform(_ platform: CommandPlatform) -> String {
        switch platform {
        case .windows: "Windows"
        case .linux: "Linux"
        case .macos: "macOS"
        case .networkDevice: pick("ネットワーク機器", "network device")
        case .any: pick("どの機種でも", "any")
        }
    }

    /// The kind of value an input step takes.
    public func inputType(_ type: InputType) -> String {
        switch type {
        case .text: pick("文字", "text")
        case .number: pick("数", "number")
        case .ip: pick("IP アドレス", "IP address")
        case .hostname: pick("ホスト名", "host name")
        case .datetime: pick("日時（または 時:分）", "date and time (or HH:MM)")
        case .phone: pick("電話番号", "phone number")
        }
    }

    /// The role ids of docs/runbook-format.md "The top of the file" in words; a hospital's own id as written.
    public func role(_ id: String) -> String {
        switch id {
        case "night-shift": pick("夜勤の職員", "night-shift staff")
        case "it-oncall": pick("情報システム担当（当番）", "IT on-call")
        case "it-lead": pick("情報システム責任者", "IT lead")
        case "facilitator": pick("訓練の進行役", "facilitator")
        default: id
        }
    }
}
