"""Validates YAML files against a JSON Schema as an editor's YAML language server would, and prints the problems.

    python3 validate_answers.py SCHEMA FILE...

Prints one JSON object: for each file, the list of its problems (path and message); exit status 0 either way.
Dates and times stay text, as YAML 1.2 reads them.
"""
import json
import sys

import jsonschema
import yaml


class Loader(yaml.SafeLoader):
    pass


Loader.yaml_implicit_resolvers = {
    key: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def main():
    with open(sys.argv[1], encoding="utf-8") as handle:
        schema = json.load(handle)
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    report = {}
    for path in sys.argv[2:]:
        with open(path, encoding="utf-8") as handle:
            data = yaml.load(handle, Loader=Loader)
        report[path] = [
            {"path": ".".join(str(part) for part in error.absolute_path), "message": error.message}
            for error in validator.iter_errors(data)
        ]
    print(json.dumps(report))


if __name__ == "__main__":
    main()
