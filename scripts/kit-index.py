#!/usr/bin/env python3
"""Writes a kit's index of ids (QUESTIONS.md) from its YAML files, for the authors of catalogues and documents.

    python3 scripts/kit-index.py Templates/outil-numerique

The notes between the first paragraph and "## Questions" are kept from the existing file; everything else is
written again from the YAML, which stays the reference. A test checks that the index names every question,
computed value and rule of each shipped kit.
"""
import os
import sys

import yaml


def french(text):
    if isinstance(text, dict):
        return text.get("fr") or next(iter(text.values()), "")
    return text or ""


def short(expression, limit=160):
    expression = " ".join(str(expression).split())
    return expression if len(expression) <= limit else expression[: limit - 1] + "…"


def load(folder):
    with open(os.path.join(folder, "kit.yaml"), encoding="utf-8") as handle:
        kit = yaml.safe_load(handle)
    merged = {key: list(kit.get(key) or []) for key in
              ["sections", "facts", "computed", "grids", "rules", "glossary", "misconceptions"]}
    for path in kit.get("include") or []:
        with open(os.path.join(folder, path), encoding="utf-8") as handle:
            part = yaml.safe_load(handle) or {}
        for key in merged:
            merged[key] += part.get(key) or []
    return kit, merged


def question_lines(section, question):
    path = f"{section['id']}.{question['id']}"
    lines = [f"- `{path}` — **{question['type']}** — {french(question.get('label'))}"]
    details = []
    if question.get("fields"):
        fields = []
        for field in question["fields"]:
            kind = field["type"]
            if field.get("choices"):
                kind += ": " + ", ".join(choice["id"] for choice in field["choices"])
            fields.append(f"`{field['id']}` ({kind})")
        details.append("fields: " + "; ".join(fields))
    if question.get("choices"):
        details.append("choices: " + ", ".join(f"`{choice['id']}`" for choice in question["choices"]))
    if question.get("unit"):
        details.append(f"unit: {french(question['unit'])}")
    required = question.get("required")
    if required is True:
        details.append("required")
    elif isinstance(required, str):
        details.append(f"required when `{required}`")
    if question.get("when"):
        details.append(f"when `{question['when']}`")
    if details:
        lines[0] += "  "
        lines.append("  " + " · ".join(details))
    return lines


def index(folder, previous):
    kit, parts = load(folder)
    questions = sum(len(section.get("questions") or []) for section in parts["sections"])
    out = [f"# {kit['id']} — index of ids", "",
           "For the authors of catalogues and documents. Generated from the YAML files of this kit by "
           "`scripts/kit-index.py`; the YAML is the reference.", "",
           f"{questions} questions in {len(parts['sections'])} sections, {len(parts['computed'])} computed values, "
           f"{len(parts['facts'])} dated facts, {len(parts['grids'])} grid(s), {len(parts['rules'])} rules, "
           f"{len(parts['glossary'])} glossary terms, {len(parts['misconceptions'])} misconceptions.", ""]
    notes_start = previous.find("\nNotes:")
    notes_end = previous.find("\n## Questions")
    if notes_start >= 0 and notes_end > notes_start:
        out += [previous[notes_start + 1:notes_end].rstrip(), ""]
    out += ["## Questions", ""]
    for section in parts["sections"]:
        out += [f"### `{section['id']}` — {french(section.get('title'))}", ""]
        for question in section.get("questions") or []:
            out += question_lines(section, question)
        out.append("")
    if parts["facts"]:
        out += ["## Dated facts (refer to them by bare id; `facts.yaml`)", ""]
        for fact in parts["facts"]:
            unit = f" ({french(fact['unit'])})" if fact.get("unit") else ""
            periods = []
            for period in fact.get("values") or []:
                span = ""
                if period.get("from") and period.get("until"):
                    span = f" from {period['from']} until {period['until']}"
                elif period.get("from"):
                    span = f" from {period['from']}"
                elif period.get("until"):
                    span = f" until {period['until']}"
                periods.append(f"{period['value']}{span}")
            out.append(f"- `{fact['id']}`{unit} — {french(fact.get('label'))} — " + "; ".join(periods))
        out.append("")
    if parts["computed"]:
        out += ["## Computed values (refer to them by bare id)", ""]
        for value in parts["computed"]:
            unit = f" ({french(value['unit'])})" if value.get("unit") else ""
            out.append(f"- `{value['id']}`{unit} — {french(value.get('label'))} — `{short(value['value'])}`")
        out.append("")
    for grid in parts["grids"]:
        out += ["## Grid", "",
                f"`{grid['id']}` — declared by `{grid.get('declared', '—')}`; levels (lowest first), each reached "
                "when all its conditions hold:", ""]
        for level in grid["levels"]:
            out.append(f"- `{level['id']}` — {french(level.get('label'))}")
            for condition in level.get("conditions") or []:
                out.append(f"  - {french(condition.get('label'))}: `{short(condition['when'])}`")
        out += ["", f"Expression names: `{grid['id']}.level` (level id), `{grid['id']}.rank`, "
                f"`{grid['id']}.declared_rank`, `{grid['id']}.gap` (declared rank − reached rank).", ""]
    out += ["## Rules", "", "| id | severity | follows | concerns |", "|---|---|---|---|"]
    for rule in parts["rules"]:
        follows = ", ".join(f"`{cause}`" for cause in rule.get("follows") or [])
        out.append(f"| `{rule['id']}` | {rule.get('severity', 'warning')} | {follows} | "
                   + ", ".join(rule.get("concerns") or []) + " |")
    out.append("")
    if parts["glossary"]:
        out += ["## Glossary ids", "", ", ".join(f"`{entry['id']}`" for entry in parts["glossary"]), ""]
    if parts["misconceptions"]:
        out += ["## Misconception ids", "", ", ".join(f"`{entry['id']}`" for entry in parts["misconceptions"]), ""]
    return "\n".join(out)


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: kit-index.py KIT_FOLDER")
    folder = sys.argv[1]
    target = os.path.join(folder, "QUESTIONS.md")
    previous = open(target, encoding="utf-8").read() if os.path.exists(target) else ""
    with open(target, "w", encoding="utf-8") as handle:
        handle.write(index(folder, previous))
    print(target)


if __name__ == "__main__":
    main()
