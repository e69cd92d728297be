#!/usr/bin/env python3
"""Walks one runbook through `shodo run --headless` the way an operator would,
so scripts/fuzz has real journals to seed (and check) the journal target with.

usage: walk-runbook.py SHODO RUNBOOK_ID JOURNAL LANG [ACTIONS]
Answers each step by its kind: an input gets a value of its type, a choice its
first option, a check is confirmed, everything else is done; a note every third
step. Exits 0 whenever shodo wrote the journal (ended, refused or paused). Stops after ACTIONS actions (default: at the end), leaving the run paused.
"""
import re
import subprocess
import sys

VALUES = {"datetime": "01:05", "number": "3", "integer": "3", "ipv4": "192.0.2.10", "ip": "192.0.2.10",
          "phone": "03-1234-5678", "date": "2026-11-21", "time": "01:05", "boolean": "yes", "yesno": "yes"}


def main():
    shodo, runbook, journal, lang = sys.argv[1:5]
    limit = int(sys.argv[5]) if len(sys.argv) > 5 else 10_000
    process = subprocess.Popen(
        [shodo, "run", runbook, "--headless", "--journal", journal, "--operator", "夜勤 fuzz", "--lang", lang],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, bufsize=1)
    step, actions = [], 0
    for line in process.stdout:
        line = line.rstrip("\n")
        if not line.startswith(("Actions:", "操作:")):
            step.append(line)
            continue
        if actions >= limit:
            break
        process.stdin.write(answer(step, line, actions) + "\n")
        process.stdin.flush()
        step, actions = [], actions + 1
    process.stdin.close()
    # Ended (0), refused (1: a value this walker got wrong) and paused (3) all leave a real journal.
    status = process.wait()
    return 0 if status in (0, 1, 3) else status


def answer(step, actions_line, count):
    if count % 3 == 2 and "note" in actions_line:
        return "note 確認しました / checked"
    for line in step:
        found = re.match(r"^(?:Input|入力): \S+ \((\w+)", line)
        if found:
            return "input " + VALUES.get(found.group(1), "PC-0042")
    if "choose" in actions_line or "選択" in actions_line:
        for line in step:
            option = re.match(r"^\s*(?:\[)?([a-z0-9][a-z0-9_-]*)(?:\])?: ", line)
            if option and option.group(1) not in ("why", "http", "https"):
                return "choose " + option.group(1)
    if actions_line.split(":", 1)[1].strip().startswith("confirm"):
        return "confirm"
    return "done"


if __name__ == "__main__":
    sys.exit(main())
