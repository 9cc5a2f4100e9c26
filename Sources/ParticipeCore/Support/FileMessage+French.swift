import Foundation

extension FileMessage {
    public var french: String {
        switch self {
        case .cannotWrite(let path, let code): Self.frenchWrite("« \(path) »", code: code)
        case .cannotCreateFolder(let path, let code): Self.frenchFolder("« \(path) »", code: code)
        case .refusal(let refusal): Self.french(refusal)
        case .notAPlainName(let name, let refusal):
            "le nom de fichier « \(name) » n'est pas un simple nom : \(Self.french(refusal))"
        case .outsideOutputFolder(let path, let refusal):
            "\(path) sortirait du dossier de sortie : \(Self.french(refusal))"
        case .cannotMake(let path, let reason): "impossible de produire \(path) : \(reason)"
        case .officeMissing:
            "le format pdf demande LibreOffice, introuvable : installez-le (paquet libreoffice-writer sous Debian et "
                + "Ubuntu, ou depuis libreoffice.org), ou donnez le chemin de son programme soffice dans la variable "
                + "PARTICIPE_SOFFICE ; les autres formats n'en ont pas besoin"
        case .pdfFailed(let document, let detail):
            "LibreOffice n'a pas converti « \(document) » en PDF (\(detail))"
        case .pdfTimedOut(let seconds):
            "LibreOffice n'a pas fini de convertir les documents en PDF en \(seconds) secondes : il a été arrêté"
        case .errorPrefix: "erreur : "
        case .nothingWritten: "Aucun fichier n'a été écrit ; le dossier de sortie est resté tel qu'il était."
        case .writtenBeforeFailure(let written, let notWritten):
            "\(written.count) fichier(s) écrit(s) avant l'échec : \(written.joined(separator: ", ")). "
                + "Les \(notWritten) autre(s) n'ont pas été écrits : chacun est absent ou dans sa version précédente."
        case .archiveFailed: "impossible de construire l'archive ZIP du document"
        case .unusableReference(let path, let problem):
            "\(path): erreur : document de référence inutilisable : \(Self.french(problem))"
        case .referencePartTooLarge(let path, let part, let limit):
            "\(path): erreur : document de référence refusé : sa partie \(part) dépasse "
                + (limit % (1 << 20) == 0 ? "\(limit >> 20) Mio" : "\(limit) octets")
                + " une fois décompressée (la limite par partie)"
        case .tooManyReferenceEntries(let path, let limit):
            "\(path): erreur : document de référence refusé : il compte plus de \(limit) entrées"
        case .brandingUnreadable(let path): "impossible de lire le fichier d'identité visuelle « \(path) »"
        case .branding(let problem): Self.french(problem)
        }
    }

    private static func french(_ problem: BrandingProblem) -> String {
        switch problem {
        case .notAMapping:
            "le fichier d'identité visuelle attend des clés : name (le nom de l'organisme), logo (un fichier PNG ou"
                + " JPEG) et color (#RRGGBB)"
        case .unknownKey(let key): "clé inconnue « \(key) » : les clés possibles sont name, logo et color"
        case .notText(let key): "« \(key) » attend un texte"
        case .colorFormat(let color): "couleur « \(color) » illisible : écrivez-la #RRGGBB, par exemple #000091"
        case .colorContrast(let color, let ratio):
            "la couleur \(color) est trop claire pour du texte sur fond blanc (contraste de "
                + "\(NumberFormat.fixed(ratio, decimals: 2, decimalMark: ",")):1, il faut au"
                + " moins 4,5:1) : choisissez une teinte plus foncée de la charte"
        case .logoMissing(let path): "le logo « \(path) » n'existe pas (chemin relatif au fichier d'identité visuelle)"
        case .logoFormat(let path): "le logo « \(path) » n'est ni un PNG ni un JPEG"
        case .logoTooLarge(let path, let limit): "le logo « \(path) » dépasse \(limit >> 20) Mio"
        }
    }

    /// "disque plein lors de l'écriture de « out/cctp.docx »", from the `errno` of the failure.
    private static func frenchWrite(_ file: String, code: Int32?) -> String {
        switch code {
        case ENOSPC, EDQUOT: "disque plein lors de l'écriture de \(file)"
        case EACCES, EPERM: "permission refusée pour écrire \(file)"
        case EROFS: "impossible d'écrire \(file) : le disque est en lecture seule"
        case ENOENT: "impossible d'écrire \(file) : son dossier n'existe pas"
        case ENOTDIR: "impossible d'écrire \(file) : une partie du chemin est un fichier, pas un dossier"
        case EISDIR: "impossible d'écrire \(file) : un dossier porte déjà ce nom"
        case ELOOP: "impossible d'écrire \(file) : trop de liens symboliques"
        case ENAMETOOLONG: "le nom \(file) est trop long"
        case EIO: "erreur d'entrée-sortie du disque lors de l'écriture de \(file)"
        case let code?: "impossible d'écrire \(file) : \(String(cString: strerror(code)))"
        case nil: "impossible d'écrire \(file)"
        }
    }

    private static func frenchFolder(_ folder: String, code: Int32?) -> String {
        switch code {
        case ENOTDIR, EEXIST:
            "impossible de créer le dossier \(folder) : un fichier porte ce nom ou celui d'un dossier parent"
        case ENOSPC, EDQUOT: "disque plein lors de la création du dossier \(folder)"
        case EACCES, EPERM: "permission refusée pour créer le dossier \(folder)"
        case EROFS: "impossible de créer le dossier \(folder) : le disque est en lecture seule"
        case let code?: "impossible de créer le dossier \(folder) (\(String(cString: strerror(code))))"
        case nil: "impossible de créer le dossier \(folder)"
        }
    }

    private static func french(_ refusal: FolderBoundary.Refusal) -> String {
        switch refusal {
        case .empty: "il est vide"
        case .absolute: "c'est un chemin absolu"
        case .parentReference: "il remonte avec « .. »"
        case .controlCharacter: "il contient un caractère de contrôle"
        case .separator: "il contient « / »"
        case .tooLong: "il dépasse \(FolderBoundary.maximumNameLength) octets"
        case .outside(let resolved): "un lien symbolique le mène à « \(resolved) »"
        case .unresolvable: "ses liens symboliques bouclent ou s'enchaînent trop"
        }
    }

    private static func french(_ problem: ReferenceProblem) -> String {
        switch problem {
        case .notZip: "ce n'est pas une archive ZIP"
        case .missingPart(let part): "il n'a pas de partie \(part)"
        case .partNotFile(let part): "sa partie \(part) n'est pas un fichier"
        case .damagedPart(let part): "sa partie \(part) est illisible (une archive abîmée)"
        }
    }
}
