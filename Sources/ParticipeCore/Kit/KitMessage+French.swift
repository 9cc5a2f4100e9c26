extension KitMessage {
    package var french: String {
        switch self {
        case .unspokenLanguage(let code, let spoken):
            "Participe ne parle pas « \(code) » : les langues d'un kit sont parmi \(spoken)"
        case .noLanguage: "« languages » doit nommer au moins une langue, comme [fr, en]"
        case .noSection: "un kit a besoin d'au moins une section"
        case .unclosedInterpolation: "« {{ » ouvre une interpolation qui n'est jamais refermée par « }} »"
        case .sectionInKitText(let tag):
            "« {{\(tag)}} » est une section Mustache : les textes d'un kit n'interpolent que des expressions "
                + "(« {{ expression }} ») ; choisissez le texte par le `when` de l'élément ou par "
                + "if(condition, 'texte', '') dans « {{ }} », et gardez les sections pour les modèles de documents"
        case .singleBraces(let name):
            "« {\(name)} » s'affichera tel quel : pour interpoler la valeur, écrivez « {{ \(name) }} »"
        case .mixedInterpolation(let name):
            "ce texte interpole avec « {{ }} » et écrit aussi « {\(name)} », qui s'afficherait tel quel : "
                + "écrivez « {{ \(name) }} »"
        case .noKit(let id, let folders, let hint):
            "aucun kit « \(id) » dans \(folders.map { "« \($0) »" }.joined(separator: ", "))\(hint)"
        case .kitsAvailable(let ids): "kits disponibles : \(ids.joined(separator: ", "))"
        case .unknownValueLanguage(let language, let languages):
            "langue inconnue « \(language) » dans « value » ; les langues du kit sont \(languages)"
        case .missingValueLanguage(let id, let language):
            "la valeur calculée « \(id) » n'a pas d'expression pour « \(language) »"
        case .noLevel: "une grille a besoin d'au moins un niveau"
        case .unknownPriceFormula(let name, let hint):
            "formule de prix inconnue « \(name) » : utilisez proportional, linear ou linear_range\(hint)"
        case .unknownSeverity(let name, let hint):
            "gravité inconnue « \(name) » : utilisez blocker, warning ou advice\(hint)"
        case .unknownCategory(let name, let hint):
            "catégorie inconnue « \(name) » (déclarez-la dans les « categories » du catalogue)\(hint)"
        case .unknownLot(let name, let hint):
            "lot inconnu « \(name) » (déclarez-le sous « lots » dans le kit)\(hint)"
        case .perLotWithoutLots:
            "« per_lot: true » demande des lots : déclarez-les sous « lots » dans le kit"
        case .unknownCriterionKind(let name):
            "sorte de critère inconnue « \(name) » : utilisez scored, price ou eliminatory"
        case .valuesNotMapping: "« values » doit associer des noms à des expressions"
        case .unknownPriority(let name, let known, let hint):
            "priorité inconnue « \(name) » (priorités : \(known))\(hint)"
        case .unknownQuestionType(let name, let hint, let known):
            "type de question inconnu « \(name) »\(hint) (types : \(known))"
        case .fieldType(let type): "un champ d'une liste ne peut pas être de type « \(type) »"
        case .fieldWhen:
            "un champ d'une liste ne peut pas avoir de « when » : chaque champ est demandé pour chaque élément"
        case .needsChoices(let type): "une question de type « \(type) » a besoin de « choices »"
        case .exclusiveOutsideMultiple(let type):
            "« exclusive » ne s'applique qu'aux choix d'une question « multiple », pas « \(type) »"
        case .listNeedsFields: "une question de type liste a besoin de « fields »"
        case .scoresNeedCriteria:
            "une question de type scores a besoin de « criteria » : le catalogue des critères à noter"
        case .notApplicable(let key, let type): "« \(key) » ne s'applique pas à une question de type « \(type) »"
        case .fieldRequired: "le « required » d'un champ doit être true ou false"
        case .examplesShape: "« examples » doit être une liste, ou associer des langues à des listes"
        case .unknownExamplesLanguage(let language): "langue inconnue « \(language) » dans « examples »"
        case .minAboveMax(let minimum, let maximum):
            "« min » (\(minimum)) est plus grand que « max » (\(maximum))"
        case .scaleBounds: "une échelle a besoin d'un « min » inférieur à son « max »"
        case .scaleLabelLevel(let minimum, let maximum):
            "un libellé d'échelle doit avoir pour clé un niveau de \(minimum) à \(maximum)"
        case .leavesKit(let path, let kind, let reason):
            "\(kind.french) « \(path) » sort du dossier du kit : \(reason) ; attendu : un chemin relatif "
                + "au dossier du kit, qui y reste, comme « \(kind.example) »"
        case .notAFileName(let name, let reason, let limit):
            "le nom de fichier « \(name) » n'est pas un simple nom : \(reason) ; attendu : un nom sans « / », "
                + "« .. » ni caractère de contrôle, d'au plus \(limit) octets, comme « cahier-des-charges »"
        case .fieldDefaultExpression:
            "un champ de liste prend une valeur par défaut simple, pas « = expression » : calculez la valeur avec "
                + "add_field"
        case .forEachNotList(let path, let type):
            "« for_each » demande une question de type « list », mais « \(path) » est de type « \(type) »"
        case .migrationChangeShape:
            "un changement est l'un de {move: s.q, to: s.r}, {choices: s.q, map: {ancien: nouveau}}, "
                + "{remove: s.q, note: …} ou {convert: s.q, value: \"expression de old\"}"
        case .migrationUnknownTarget(let path, let version):
            "« \(path) » n'est pas une question de la version \(version) : une migration mène les réponses vers des "
                + "questions qui existent"
        case .migrationUnknownSource(let path, let version):
            "« \(path) » n'est pas parmi les questions de la version \(version) que la migration énumère"
        case .migrationChoiceMap:
            "« map » donne à chaque ancien identifiant de choix son nouvel identifiant, ou une liste : {ancien: nouveau}"
        case .migrationFromCurrent(let version):
            "une migration depuis la version \(version), celle du kit, ne s'appliquerait jamais : « from » nomme une "
                + "version antérieure"
        case .migrationFromTwice(let version, let line):
            "deux migrations depuis la version \(version) (la première à la ligne \(line))"
        case .migrationUnknownChoice(let choice, let question, let choices):
            "« \(choice) » n'est pas un choix de \(question) (choix : \(choices))"
        case .migrationSplitSingle(let choice, let question):
            "« \(choice) » est partagé en plusieurs choix, mais \(question) n'en prend qu'un"
        case .migrationConvertType(let question, let expected, let got):
            "la valeur convertie pour \(question) doit être de type \(expected), reçu : \(got)"
        case .forEachIdTaken(let id, let item):
            "l'identifiant « \(id) » revient à l'élément « \(item) », fait pour chaque entrée (« \(item)-1 », "
                + "« \(item)-2 »…) : choisissez-en un autre"
        case .forEachInCriteria(let catalogue):
            "le catalogue « \(catalogue) » donne ses critères à une matrice, que le kit fixe : ses éléments ne "
                + "peuvent pas être faits « for_each » entrée d'une réponse"
        case .duplicate(let kind, let id, let place, let line, let file):
            "\(kind.french) « \(id) » en double\(place?.french ?? "") (\(kind.frenchNote)première définition "
                + (file.map { "dans \($0), ligne \(line))" } ?? "à la ligne \(line))")
        case .unknownQuestion(let path, let what, let hint): "question inconnue « \(path) » dans \(what)\(hint)"
        case .unknownSectionOfPath(let section, let what, let path, let hint):
            "section inconnue « \(section) » dans \(what) (« \(path) »)\(hint)"
        case .unknownGlossaryEntry(let id, let hint): "entrée du glossaire inconnue « \(id) »\(hint)"
        case .unknownRule(let id, let hint): "règle inconnue « \(id) » dans « follows »\(hint)"
        case .rulesFollowInCircle(let ids):
            "les règles découlent les unes des autres en cercle : \(ids.joined(separator: " → ")) ; l'une d'elles "
                + "doit être la cause, sans « follows » vers les autres"
        case .unknownSection(let id, let hint): "section inconnue « \(id) »\(hint)"
        case .unknownCatalogue(let id, let hint): "catalogue inconnu « \(id) »\(hint)"
        case .unknownCriteriaCatalogue(let id): "catalogue inconnu « \(id) » dans « criteria »"
        case .wrongType(let what, let expected, let got):
            "\(what) doit être "
                + (expected == .boolean
                    ? "une condition (vrai ou faux)" : "de type \(ExpressionMessage.frenchName(of: expected))")
                + ", mais cette expression est de type \(ExpressionMessage.frenchName(of: got))"
        case .unknownParent(let parent, let catalogue, let hint):
            "parent inconnu « \(parent) » dans le catalogue « \(catalogue) »\(hint)"
        case .declaredNotSingle(let path): "le niveau déclaré « \(path) » doit être une question « single »"
        case .choiceNotLevel(let choice, let path, let grid):
            "le choix « \(choice) » de « \(path) » n'est pas un niveau de la grille « \(grid) »"
        case .weightsNotPoints(let path, let type):
            "« weights » doit nommer une question « points » ; « \(path) » est « \(type) »"
        case .candidatesNotScores(let path, let type):
            "« candidates » doit nommer une question « scores » ; « \(path) » est « \(type) »"
        case .templateNotFound(let path, let lookedFor):
            "fichier de modèle « \(path) » introuvable (cherché à « \(lookedFor) »)"
        case .cycle(let nodes):
            "cycle : \(nodes.map(\.french).joined(separator: " → ")) ; une valeur ne peut pas dépendre d'elle-même"
        case .emptyReference: "référence vide"
        case .sectionNotQuestion(let section, let example):
            "« \(section) » est une section : nommez l'une de ses questions, comme « \(section).\(example) »"
        case .unknownQuestionOfSection(let section, let question, let suggestion):
            "question inconnue « \(section).\(question) »"
                + (suggestion.map { " ; vouliez-vous dire « \(section).\($0) » ?" } ?? "")
        case .notAChoice(let reference, let question, let choices):
            "« \(reference) » n'est pas un choix de « \(question) » (choix : \(choices))"
        case .noPart(let question, let part): "« \(question) » n'a pas de partie nommée « \(part) »"
        case .gridMember(let member, let grid, let members):
            "une grille n'a pas de « \(member) » ; utilisez \(grid).\(members.joined(separator: ", \(grid)."))"
        case .matrixMember(let member, let members):
            "une matrice n'a pas de « \(member) » ; utilisez \(members.joined(separator: ", "))"
        case .unknownSectionOfReference(let section, let reference, let suggestion):
            "section inconnue « \(section) » dans « \(reference) » ; vouliez-vous dire « \(suggestion) » ?"
        case .unknownName(let reference, let hint): "nom inconnu « \(reference) »\(hint)"
        case .languagesDisagree(let id, let type, let other):
            "les langues de la valeur calculée « \(id) » donnent des types différents "
                + "(\(ExpressionMessage.frenchName(of: type)) et \(ExpressionMessage.frenchName(of: other)))"
        case .factWithoutValue(let id):
            "le fait « \(id) » n'a aucune valeur : donnez sous « values » au moins une valeur, avec les dates "
                + "« from » et « until » entre lesquelles elle vaut"
        case .factPeriodBackwards(let from, let until):
            "cette période finit (« until » : \(until)) avant de commencer (« from » : \(from))"
        case .factPeriodOverlaps(let previousUntil):
            "les périodes d'un fait se suivent sans se chevaucher : celle-ci doit commencer (« from ») après le "
                + "\(previousUntil), fin de la précédente"
        case .factPeriodAfterOpenEnd:
            "la période précédente n'a pas de fin (« until ») : seule la dernière période d'un fait peut rester ouverte"
        case .factPeriodsDisagree(let id, let type, let other):
            "les périodes du fait « \(id) » donnent des types différents "
                + "(\(ExpressionMessage.frenchName(of: type)) et \(ExpressionMessage.frenchName(of: other)))"
        case .noSheet: "un tableur a besoin d'au moins une feuille sous « sheets »"
        case .sheetRows:
            "« rows » donne soit « catalogue » (avec éventuellement « exclude »), soit « list », "
                + "comme {catalogue: exigences} ou {list: equipe.membres}"
        case .unknownColumn(let id, let columns):
            "colonne inconnue « \(id) » ; les colonnes de la feuille sont \(columns)"
        case .unknownColumnType(let name, let known, let hint):
            "type de colonne inconnu « \(name) » : utilisez \(known)\(hint)"
        case .columnContent:
            "une colonne donne exactement l'un de « value » (une valeur de la ligne), « input: true » (une cellule "
                + "à remplir) ou « product » (le produit de deux colonnes)"
        case .productOfTwo: "« product » nomme deux colonnes, comme [quantite, prix]"
        case .unknownRowValue(let name, let known, let hint):
            "les lignes de cette feuille n'ont pas de valeur « \(name) » ; elles ont \(known)\(hint)"
        case .rowsNotList(let path, let type):
            "les lignes d'une feuille viennent d'une question de type list, et « \(path) » est de type \(type)"
        case .thing(let thing): thing.french
        }
    }
}

extension KitMessage.Duplicate {
    var french: String {
        switch self {
        case .name: "nom"
        case .question: "identifiant de question"
        case .choice: "identifiant de choix"
        case .field: "identifiant de champ"
        case .rule: "identifiant de règle"
        case .catalogue: "identifiant de catalogue"
        case .item: "identifiant d'élément"
        case .category: "identifiant de catégorie"
        case .lot: "identifiant de lot"
        case .calendar: "identifiant de calendrier"
        case .document: "identifiant de document"
        case .spreadsheet: "identifiant de tableur"
        case .column: "identifiant de colonne"
        case .glossary: "identifiant du glossaire"
        case .misconception: "identifiant d'idée reçue"
        }
    }

    var frenchNote: String {
        self == .name ? "sections, valeurs calculées, grilles et matrices partagent les mêmes noms ; " : ""
    }
}

extension KitMessage.Place {
    var french: String {
        switch self {
        case .section(let id): " dans la section « \(id) »"
        case .catalogue(let id): " dans le catalogue « \(id) »"
        case .other(let name): " dans « \(name) »"
        }
    }
}

extension KitMessage.PathKind {
    var french: String {
        switch self {
        case .include: "le fichier inclus"
        case .template: "le modèle"
        case .kitFile: "le fichier"
        }
    }
}

extension KitMessage.Node {
    var french: String {
        switch self {
        case .question(let path): "la question « \(path) »"
        case .computed(let id): "la valeur calculée « \(id) »"
        case .fact(let id): "le fait « \(id) »"
        case .factsDate: "la date des faits (« facts_date »)"
        case .grid(let id): "la grille « \(id) »"
        case .matrix(let id): "la matrice « \(id) »"
        }
    }
}

extension KitMessage.Thing {
    var french: String {
        switch self {
        case .key(let key): "« \(key) »"
        case .keyIn(let key, let language): "« \(key) » (\(language))"
        case .entry(let key): "une entrée de « \(key) »"
        case .namedValue(let name): "la valeur « \(name) »"
        case .kit: "le kit"
        case .kitID: "l'identifiant du kit"
        case .kitVersion: "la version du kit"
        case .kitTitle: "le titre du kit"
        case .kitDescription: "la description du kit"
        case .languageCode: "un code de langue"
        case .includedFile: "un fichier inclus"
        case .section: "une section"
        case .sectionID: "un identifiant de section"
        case .question: "une question"
        case .questionID: "un identifiant de question"
        case .field: "un champ"
        case .fieldID: "un identifiant de champ"
        case .choice: "un choix"
        case .choiceID: "un identifiant de choix"
        case .example: "un exemple"
        case .scaleLabel: "un libellé d'échelle"
        case .computedValue: "une valeur calculée"
        case .computedValueID: "un identifiant de valeur calculée"
        case .fact: "un fait daté"
        case .factID: "un identifiant de fait"
        case .factPeriod: "une période d'un fait"
        case .grid: "une grille"
        case .gridID: "un identifiant de grille"
        case .gridLevel: "un niveau de grille"
        case .levelID: "un identifiant de niveau"
        case .matrix: "une matrice"
        case .matrixID: "un identifiant de matrice"
        case .rule: "une règle"
        case .ruleID: "un identifiant de règle"
        case .lot: "un lot"
        case .lotID: "un identifiant de lot"
        case .calendar: "un calendrier"
        case .calendarID: "un identifiant de calendrier"
        case .milestone: "une étape de calendrier"
        case .document: "un document"
        case .documentID: "un identifiant de document"
        case .spreadsheet: "un tableur"
        case .spreadsheetID: "un identifiant de tableur"
        case .sheet: "une feuille"
        case .column: "une colonne"
        case .columnID: "un identifiant de colonne"
        case .glossaryEntry: "une entrée du glossaire"
        case .glossaryID: "un identifiant du glossaire"
        case .misconception: "une idée reçue"
        case .misconceptionID: "un identifiant d'idée reçue"
        case .migration: "une migration"
        case .migrationChange: "un changement de migration"
        case .catalogue: "un catalogue"
        case .catalogueID: "un identifiant de catalogue"
        case .category: "une catégorie"
        case .categoryID: "un identifiant de catégorie"
        case .catalogueItem: "un élément de catalogue"
        case .itemID: "un identifiant d'élément"
        case .valueName: "un nom de valeur"
        case .idList: "une liste d'identifiants"
        case .id: "un identifiant"
        case .levelWhen: "le « when » d'un niveau"
        case .ruleWhen: "le « when » d'une règle"
        case .plain(let name): name
        }
    }
}
