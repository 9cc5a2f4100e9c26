import ArgumentParser

@main
struct Participe: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "participe",
        abstract:
            "Prépare une démarche de participation citoyenne outillée par le numérique / Plans a digital citizen-participation process.",
        discussion: """
            Un kit (questionnaire, règles, catalogues, modèles de documents) guide l'équipe ; les réponses \
            (answers.yaml) sont vérifiées, puis Participe rédige le cahier des charges, la matrice de décision \
            et le plan de restitution.

            Kits are searched, in this order, in the folders given with --templates, in those of \
            PARTICIPE_TEMPLATES (separated by ':'), in ./Templates, then in the installed share folder \
            (<prefix>/share/participe/Templates).

            Exit status of every command: 0 nothing blocks; 1 blockers or invalid answers (check; generate \
            --final, which then writes nothing), errors in a kit (lint); 2 an input that cannot be read or does \
            not fit, or a file that cannot be written; 64 the command line itself (an unknown option, a value of \
            the wrong form).
            """,
        version: "0.1.0",
        subcommands: [
            Kits.self, New.self, Ask.self, Check.self, Generate.self, Export.self, Diff.self, Migrate.self, Lint.self,
            Questionnaire.self, Schema.self, Serve.self,
        ])
}
