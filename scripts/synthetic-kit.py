#!/usr/bin/env python3
"""Writes a synthetic kit of N questions (default 5,000) for the load benchmark: every question has a
label and help in two languages, a third of them a `when` condition, some choices and validation."""
import os
import sys

count = int(sys.argv[2]) if len(sys.argv) > 2 else 5000
folder = sys.argv[1] if len(sys.argv) > 1 else "/tmp/participe-synthetic/synthetic"
os.makedirs(folder, exist_ok=True)
per_section = 50
lines = [
    "id: synthetic",
    'version: "1"',
    "languages: [fr, en]",
    "title: {fr: Kit synthétique, en: Synthetic kit}",
    "sections:",
]
for s in range(count // per_section):
    lines += [f"  - id: s{s}", f"    title: {{fr: Section {s}, en: Section {s}}}", "    questions:"]
    for q in range(per_section):
        kind = ["text", "integer", "single", "boolean", "multiple"][q % 5]
        lines += [
            f"      - id: q{q}",
            f"        type: {kind}",
            f"        label: {{fr: \"Question {q} ({s}) ?\", en: \"Question {q} ({s})?\"}}",
            f"        help: {{fr: \"Pourquoi la question compte.\", en: \"Why the question matters.\"}}",
        ]
        if kind in ("single", "multiple"):
            lines.append("        choices: [{id: a, label: {fr: Choix A, en: Choice A}}, {id: b, label: {fr: Choix B, en: Choice B}}, {id: c, label: C}]")
        if kind == "integer":
            lines.append("        validation: {min: 0, max: 1000000}")
        if q % 3 == 1:
            lines.append(f"        when: \"s{s}.q0 != 'x' and not empty(s{s}.q0)\"")
lines.append("rules:")
for s in range(count // per_section):
    lines += [
        f"  - id: r{s}",
        "    severity: warning",
        f"    when: \"s{s}.q1 > 10 and s{s}.q3\"",
        f"    message: {{fr: \"La section {s} dépasse : {{{{ s{s}.q1 }}}}.\", en: \"Section {s} is over: {{{{ s{s}.q1 }}}}.\"}}",
        f"    concerns: [s{s}.q1]",
    ]
with open(os.path.join(folder, "kit.yaml"), "w") as f:
    f.write("\n".join(lines) + "\n")
print(os.path.join(folder, "kit.yaml"), os.path.getsize(os.path.join(folder, "kit.yaml")), "bytes")
