import ParticipeCore

extension CommandMessage {
    var french: String {
        switch self {
        case .kitInvalid(let directory, let errors): "le kit « \(directory) » est invalide (\(errors) erreur(s))"
        case .answersInvalid(let path, let errors): "\(path) : réponses invalides (\(errors) erreur(s))"

        case .answersOfAnotherKit(let file, let kit, let wanted):
            "« \(file) » répond au kit « \(kit) », pas « \(wanted) »"
        case .answersFileMissing(let file):
            "« \(file) » n'existe pas : participe ask --kit <kit> -o \(file) pour commencer"
        case .answersSaved(let file, let arguments):
            "Réponses enregistrées dans \(file). Pour reprendre : participe ask \(arguments)"
        case .questionnaireComplete: "Questionnaire terminé."
        case .generateNow: "Générer les documents maintenant ? [o/N]"
        case .generateLater(let file, let documents): "Plus tard : participe generate \(file) -o \(documents)"

        case .dateExpected(let text): "--date attend une date AAAA-MM-JJ qui existe (reçu : « \(text) »)"
        case .askNeedsAFileOrAKit:
            "donnez un fichier de réponses ou --kit (participe ask --kit <kit> -o reponses.yaml)"
        case .resumedAnswersStayInTheirFile: "les réponses reprises sont enregistrées dans leur fichier : retirez -o"
        case .unknownDocumentFormat(let name):
            "format inconnu « \(name) » : md, html, docx, odt, pdf, csv, xlsx, ods ou all, séparés par des virgules"
        case .referenceDocumentMissing(let path): "--reference-doc : « \(path) » n'existe pas"
        case .referenceDocument(let problem): "--reference-doc : \(problem)"
        case .cannotWrite(let folder, let reason): "impossible d'écrire dans « \(folder) » : \(reason)"
        case .blockingPoints(let count):
            "attention : \(count) point(s) bloquant(s) ; les documents les signalent (voir participe check)"
        case .finalRefused(let blockers):
            "--final : il reste \(blockers) point(s) bloquant(s) ; aucun document écrit (voir participe check)"

        case .portOutOfRange(let port): "--port attend un nombre de 0 à 65535 (reçu : \(port))"
        case .openToNetwork(let host):
            "attention : l'atelier écoute sur \(host), joignable par les autres machines du réseau ; "
                + "les liens restent secrets, mais le trafic n'est pas chiffré"
        case .cannotOpenData(let folder, let reason):
            "impossible d'ouvrir la base de l'atelier dans « \(folder) » : \(reason)"
        case .organiserLink(let link): "Atelier prêt. Lien de l'organisateur (créer et animer les ateliers) : \(link)"
        case .fileLink(let link): "Fichier ouvert dans le navigateur : \(link)"
        case .stopWithControlC: "Ctrl-C pour arrêter ; chaque réponse enregistrée est conservée."
        case .serverStopped(let reason): "le serveur s'est arrêté : \(reason)"
        case .fileExists(let file): "« \(file) » existe déjà : --force pour le remplacer"

        case .noKitFound(let folders): "Aucun kit trouvé dans : \(folders)"
        case .kitHeading(let id, let version, let title): "\(id) (version \(version)) — \(title)"
        case .kitLanguages(let languages, let directory): "langues : \(languages) · \(directory)"
        case .kitCounts(let sections, let questions, let rules, let computed, let documents):
            "\(sections) sections, \(questions) questions, \(rules) règles, \(computed) valeurs calculées, "
                + "\(documents) document\(documents == 1 ? "" : "s")"
        case .kitCatalogues(let catalogues): "catalogues : \(catalogues)"

        case .checkHeading(let file, let kit, let version, let answered, let total, let percent):
            "\(file) — \(kit) v\(version) — \(answered)/\(total) questions renseignées (\(percent) %)"
        case .gridLevel(let title, let level, let iap2): "\(title) : \(level)" + (iap2.map { " (IAP2 : \($0))" } ?? "")
        case .gridAim(let declared, let gap): " · visé : \(declared), écart de \(gap) cran(s)"
        case .answersToConfirm(let count): "Réponses données, à confirmer (\(count))"
        case .rulesToCheck(let count): "Règles à vérifier (\(count))"
        case .offersToReview(let count): "Offres à revoir (\(count))"
        case .answersToFix(let count): "Réponses à compléter ou corriger (\(count))"
        case .findings(let severity):
            switch severity {
            case .blocker: "Bloquants"
            case .warning: "Avertissements"
            case .advice: "Conseils"
            }
        case .concerns(let paths): "concerne : \(paths)"
        case .unknownCatalogue(let kit, let catalogue, let known):
            "erreur : le kit « \(kit) » n'a pas de catalogue « \(catalogue) » (catalogues : \(known.joined(separator: ", ")))"
        case .follows(let cause): "découle de [\(cause)] : traitez d'abord ce point-là"
        case .firstSteps(let count):
            count == 1 ? "La chose à faire d'abord" : "Les \(count == 2 ? "deux" : "trois") choses à faire d'abord"
        case .checkSummary(let blockers, let warnings, let advice, let answers):
            "Bilan : \(blockers) bloquant(s)"
                + (answers > 0 ? " (dont \(answers) réponse(s) à compléter ou corriger)" : "")
                + ", \(warnings) avertissement(s), \(advice) conseil(s)"

        case .lintSummary(
            let kit, let sections, let questions, let rules, let items, let documents, let warnings, let notes):
            "\(kit) : \(sections) section(s), \(questions) question(s), \(rules) règle(s), "
                + "\(items) élément(s) de catalogue, \(documents) document(s)"
                + (warnings == 0 ? "" : ", \(warnings) avertissement(s)") + (notes == 0 ? "" : ", \(notes) note(s)")
        case .lintErrors(let directory, let errors): "\(directory) : \(errors) erreur(s)"
        case .diffNothing: "Aucune réponse n'a changé, ni aucun document."
        case .diffAnswers(let count): "Réponses modifiées (\(count))"
        case .diffOrigins(let count): "Origines des réponses modifiées (\(count))"
        case .labelled(let label, let text): "\(label) : \(text)"
        case .diffDocument(let title): "\(title) : changements dans"
        case .diffItems(let count):
            "Éléments de catalogue ajoutés (+), retirés (−) ou reformulés (~), avec les réponses dont ils découlent (\(count))"
        case .diffKeptAside(let file, let from, let to):
            "Mis de côté en mettant \(file) de la version \(from) à la version \(to), donc hors de la comparaison :"
        case .alreadyCurrent(let file, let version):
            "\(file) est déjà à la version \(version) de son kit : rien à faire"
        case .migrated(let file, let from, let to):
            "\(file) : réponses mises à jour de la version \(from) à la version \(to)"
        case .migratedMoved(let count): "Déplacées ou renommées (\(count))"
        case .migratedConverted(let count): "Choix renommés ou valeurs converties (\(count))"
        case .migratedKeptAside(let count): "Mises de côté en commentaire dans le fichier (\(count))"
        case .migratedToAnswer(let count): "Questions obligatoires encore sans réponse (\(count))"
        case .migratedCommentsLost:
            "note: la mise en forme du fichier ne se modifiait pas ligne à ligne : il a été réécrit en entier, sans "
                + "ses commentaires"
        case .noTables(let kit, let formats):
            "note: le kit « \(kit) » n'a pas de matrice de décision ni de tableur, que contiennent les fichiers "
                + "\(formats.joined(separator: ", ")) : aucun n'est écrit"
        }
    }
}
